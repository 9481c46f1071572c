import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareFilters } from '../../helpers/compare-filters';
import { comparison, NORMALISATIONS, type CompareRow } from '../../../src/lib/queries/compare';
import { measureOptions } from '../../../src/lib/queries/measure-options';
import { toRows } from '../../../src/lib/queries/sql';
import { emptyDatabase, insert, kpi, SICK_LEAVE_TOTAL_PCT } from '../../helpers/fixture';
import { NodeRunner } from '../../helpers/node-runner';
import { BUILT_DATA } from '../../helpers/paths';

/**
 * Jämför's rank, checked against its definition computed here, not by the same SQL: within a
 * period, among the kommuner with a figure (never Riket, never a suppressed figure), 1 + how many
 * are strictly better; equal figures share a rank. `ranked` counts them.
 */
function expectedRanks(rows: CompareRow[], higherIsBetter: boolean): { rank: number | null; ranked: number }[] {
	const period = (r: CompareRow) => `${r.period_start}/${r.period_end}`;
	const rankable = (r: CompareRow) => r.shown != null && r.kommun !== '0000';
	return rows.map((r) => {
		const peers = rows.filter((p) => period(p) === period(r) && rankable(p));
		const better = (p: CompareRow) => (higherIsBetter ? p.shown! > r.shown! : p.shown! < r.shown!);
		return { rank: rankable(r) ? 1 + peers.filter(better).length : null, ranked: peers.length };
	});
}

const year = (y: number) => ({ period_start: `${y}-01-01`, period_end: `${y}-12-31`, period_label: String(y) });

describe('Jämför ranks (a fixture with ties, Riket and a suppressed figure)', () => {
	let db: NodeRunner;
	beforeAll(async () => {
		db = await emptyDatabase();
		await insert(
			db,
			'municipalities',
			['0001', '0002', '0003', '0004', '0000'].map((k) => ({
				kommun: k,
				name: k === '0000' ? 'Riket' : `K${k}`,
				lan_code: '01',
				lan_name: 'L'
			}))
		);
		await insert(db, 'measures', [SICK_LEAVE_TOTAL_PCT]);
		const at = (kommun: string, value: number, n = 40) =>
			kpi({ kommun, ...year(2023), measure: 'sick_leave_total_pct', value, n });
		await insert(db, 'sick_leave', [at('0001', 6), at('0002', 6), at('0003', 5), at('0004', 4, 8), at('0000', 3)]);
	});
	afterAll(() => db?.close());

	it('shares a rank between equal figures, skips the next, and never ranks Riket or a suppressed figure', async () => {
		const rows = toRows(await db.run(comparison(compareFilters('sick_leave_total_pct'))));
		expect(rows.map((r) => [r.kommun, r.rank, r.ranked, r.suppressed])).toEqual([
			['0001', 2, 3, false],
			['0002', 2, 3, false],
			['0003', 1, 3, false],
			['0004', null, 3, true],
			['0000', null, 3, false]
		]);
		expect(rows.map(({ rank, ranked }) => ({ rank, ranked }))).toEqual(expectedRanks(rows, false));
	});
});

describe.skipIf(!existsSync(join(BUILT_DATA, 'manifest.json')))('Jämför ranks over the bundled data', () => {
	let runner: NodeRunner;
	beforeAll(async () => (runner = await NodeRunner.open(BUILT_DATA)));
	afterAll(() => runner?.close());

	it('every own measure, every normalisation: each rank is 1 + the kommuner strictly better in its period', async () => {
		let checked = 0;
		for (const m of toRows(await runner.run(measureOptions('own'))))
			for (const norm of NORMALISATIONS) {
				const rows = toRows(await runner.run(comparison(compareFilters(m.measure, { norm }))));
				expect(
					rows.map(({ rank, ranked }) => ({ rank, ranked })),
					`${m.measure} ${norm}`
				).toEqual(expectedRanks(rows, m.higher_is_better !== false));
				checked += rows.filter((r) => r.rank != null).length;
			}
		// Not a vacuous pass: the documents' figures are ranked.
		expect(checked).toBeGreaterThan(100);
	});
});
