import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareFilters } from '../../helpers/compare-filters';
import { comparison, type CompareFilters } from '../../../src/lib/queries/compare';
import { normalisationAvailability } from '../../../src/lib/queries/measure-options';
import { toRows } from '../../../src/lib/queries/sql';
import { NodeRunner } from '../../helpers/node-runner';
import { BUILT_DATA } from '../../helpers/paths';

/** Net budget figures in Jämför, on the real extracts: each expectation is a figure in a document. */
const base: CompareFilters = compareFilters('budget_net_deviation_year');
const pick = (
	rows: {
		name: string;
		period_label: string;
		value: number | null;
		denominator: number | null;
		shown: number | null;
		line: number | null;
		note: string | null;
		quote: string | null;
	}[]
) => Object.fromEntries(rows.map((r) => [`${r.name} ${r.period_label}`, r]));

let db: NodeRunner;
beforeAll(async () => (db = await NodeRunner.open(BUILT_DATA)));
afterAll(() => db?.close());

describe('budget measures in Jämför (budget_facts)', () => {
	it('the committee forecast deviation per report: tkr read before the rounded mnkr, one value per municipality and period', async () => {
		const rows = pick(toRows(await db.run(comparison(base))));
		expect(Object.keys(rows).sort()).toEqual([
			'Gnesta jan–aug 2023',
			'Ludvika jan–dec 2023',
			'Nybro T2 2024',
			'Timrå jan–aug 2023'
		]);
		// Timrå delår l. 2145: −40 886 tkr (the text's "−40,9 mnkr" on l. 2816 is the same figure, rounded).
		expect(rows['Timrå jan–aug 2023']).toMatchObject({ value: -40886, line: 2145 });
		expect(rows['Nybro T2 2024']?.value).toBe(-1068);
		expect(rows['Gnesta jan–aug 2023']?.value).toBe(-8225);
		expect(rows['Ludvika jan–dec 2023']?.value).toBe(-53800);
	});

	it('"% av budget" divides a deviation by |årsbudget| of the same report and area, and leaves it empty without a budget', async () => {
		const rows = pick(toRows(await db.run(comparison({ ...base, norm: 'pct_budget' }))));
		// The budget reads as in Ekonomi: a net cost, negative (src/lib/domain/sign.ts).
		expect(rows['Timrå jan–aug 2023']?.denominator).toBe(-508629);
		expect(rows['Timrå jan–aug 2023']?.shown).toBeCloseTo((100 * -40886) / 508629, 9);
		expect(rows['Nybro T2 2024']?.shown).toBeCloseTo((100 * -1068) / 421072, 9);
		// Ludvika's documents state the deviation but not the budget.
		expect(rows['Ludvika jan–dec 2023']).toMatchObject({ denominator: null, shown: null });
	});

	it('an amount as % of budget is positive (both are negative costs): Timrå forecast 549 515 of 508 629 tkr', async () => {
		const rows = pick(
			toRows(await db.run(comparison({ ...base, measure: 'budget_net_forecast_year', norm: 'pct_budget' })))
		);
		expect(rows['Timrå jan–aug 2023']?.shown).toBeCloseTo((100 * 549515) / 508629, 9);
	});

	it('areas of one standard area are summed, the period deviation keeps its decimals, and the note says it is a sum', async () => {
		const rows = pick(
			toRows(
				await db.run(
					comparison({ ...base, measure: 'budget_net_deviation_period', unitArea: 'Äldreomsorg – hemtjänst' })
				)
			)
		);
		// Gnesta Bilaga: 8150 −45,4 + 8160 −6 914,4 tkr.
		expect(rows['Gnesta jan–aug 2023']).toMatchObject({ value: -6959.8, line: 435 });
		expect(rows['Gnesta jan–aug 2023']?.note).toContain('summa av 2 rader: rad 435, 436');
		// Both parts are cited: each quote holds its own figure.
		expect(rows['Gnesta jan–aug 2023']?.quote).toMatch(/-45,4.* … .*-6 914,4/);
		// Timrå's month in the periodrapport is its own period, not mixed into Jan–Aug.
		expect(rows['Timrå aug 2023']?.value).toBe(-1259);
		expect(rows['Timrå jan–aug 2023']?.value).toBe(-8260);
	});

	it('every derived budget figure cites its source document, line and quote', async () => {
		const r = await db.conn.runAndReadAll(
			'SELECT count(*)::INTEGER AS n, count(*) FILTER (WHERE source IS NULL OR line IS NULL OR quote IS NULL)::INTEGER AS uncited FROM budget_facts'
		);
		const [n, uncited] = r.getRows()[0] as [number, number];
		expect(n).toBeGreaterThan(50);
		expect(uncited).toBe(0);
	});

	it('offers "% av budget" for budget measures only', async () => {
		const [dev] = toRows(await db.run(normalisationAvailability('budget_net_deviation_year')));
		const [sick] = toRows(await db.run(normalisationAvailability('sick_leave_total_pct')));
		expect(dev?.pct_budget).toBeGreaterThanOrEqual(3); // the committee totals of Gnesta, Timrå and Nybro, plus their areas
		expect(sick?.pct_budget).toBe(0);
	});
});
