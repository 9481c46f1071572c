import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareFilters } from '../../helpers/compare-filters';
import { comparison, type CompareFilters } from '../../../src/lib/queries/compare';
import { measureBreakdowns } from '../../../src/lib/queries/measure-options';
import { toRows } from '../../../src/lib/queries/sql';
import { NodeRunner } from '../../helpers/node-runner';
import { BUILT_DATA } from '../../helpers/paths';

/** A figure stated twice in a document is one point in Jämför, and the note says so. Real extracts. */
const base: CompareFilters = compareFilters('sick_leave_total_pct');

let db: NodeRunner;
beforeAll(async () => (db = await NodeRunner.open(BUILT_DATA)));
afterAll(() => db?.close());

describe('figures stated more than once', () => {
	it("Gnesta's 6,8 % (Bilaga 1 l. 569 and Tabell 3 l. 593) is one figure, ranked once, from the first line", async () => {
		const rows = toRows(await db.run(comparison({ ...base, kommuner: ['0461'] }))).filter(
			(r) => r.period_label === 'jan–jun 2023'
		);
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ value: 6.8, line: 569, rank: 1, ranked: 1 });
		expect(rows[0]?.note).toContain('samma siffra står på 2 ställen i handlingen');
	});

	it('when the two statements disagree, the canonical one stands and the note gives both', async () => {
		const rows = toRows(
			await db.run(
				comparison({
					...base,
					measure: 'income_support_households_count',
					kommuner: ['2262'],
					fromYear: 2020,
					toYear: 2020
				})
			)
		);
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ value: 231, line: 2683 });
		expect(rows[0]?.note).toContain(
			'handlingen anger olika siffror: 231 (rad 2683), 232 (rad 3286) – här visas raden 2683'
		);
	});

	it('a list of decisions keeps one row per decision (item), not one per period', async () => {
		// Ludvika lists each decision with the person's sex, so the breakdowns are K and M.
		const breakdowns = toRows(await db.run(measureBreakdowns('evb_days_waited')));
		let shown = 0;
		for (const b of breakdowns)
			shown += toRows(
				await db.run(
					comparison({
						...base,
						measure: 'evb_days_waited',
						sex: b.sex as 'K' | 'M',
						ageBand: b.age_band,
						unitArea: b.unit_area
					})
				)
			).length;
		const decisions = breakdowns.reduce((n, b) => n + b.figures, 0);
		expect(decisions).toBeGreaterThan(10);
		expect(shown).toBe(decisions);
	});
});
