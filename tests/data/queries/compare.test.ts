import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareFilters } from '../../helpers/compare-filters';
import { comparison, type CompareFilters } from '../../../src/lib/queries/compare';
import { measureBreakdowns, normalisationAvailability } from '../../../src/lib/queries/measure-options';
import { toRows } from '../../../src/lib/queries/sql';
import { emptyDatabase, insert, kpi, SICK_LEAVE_TOTAL_PCT } from '../../helpers/fixture';
import type { NodeRunner } from '../../helpers/node-runner';

let db: NodeRunner;
const year = (y: number) => ({ period_start: `${y}-01-01`, period_end: `${y}-12-31`, period_label: String(y) });
const base: CompareFilters = compareFilters('sick_leave_total_pct');

beforeAll(async () => {
	db = await emptyDatabase();
	await insert(db, 'municipalities', [
		{ kommun: '0001', name: 'Aby', lan_code: '01', lan_name: 'L' },
		{ kommun: '0002', name: 'Bby', lan_code: '01', lan_name: 'L' }
	]);
	await insert(db, 'measures', [
		SICK_LEAVE_TOTAL_PCT,
		{
			measure: 'evb_count',
			domain: 'caseload',
			label_sv: 'e',
			label_en: 'e',
			unit: 'antal',
			decimals: 0,
			higher_is_better: false,
			definition: 'd'
		},
		{
			measure: 'staff_fte',
			domain: 'staffing',
			label_sv: 'f',
			label_en: 'f',
			unit: 'årsarbetare',
			decimals: 1,
			definition: 'd'
		}
	]);
	await insert(db, 'sick_leave', [
		kpi({ kommun: '0001', ...year(2022), measure: 'sick_leave_total_pct', value: 8 }),
		kpi({ kommun: '0001', ...year(2023), measure: 'sick_leave_total_pct', value: 6 }),
		kpi({ kommun: '0002', ...year(2023), measure: 'sick_leave_total_pct', value: 7 }),
		kpi({ kommun: '0002', ...year(2023), measure: 'sick_leave_total_pct', value: 9, sex: 'K' }),
		kpi({ kommun: '0002', ...year(2023), measure: 'sick_leave_total_pct', value: 5, value_kind: 'target' })
	]);
	await insert(db, 'caseload', [
		kpi({ kommun: '0001', ...year(2023), measure: 'evb_count', value: 10, unit: 'antal' }),
		kpi({ kommun: '0002', ...year(2023), measure: 'evb_count', value: 30, unit: 'antal' })
	]);
	await insert(db, 'staffing', [
		kpi({ kommun: '0001', ...year(2023), measure: 'staff_fte', value: 100, unit: 'årsarbetare' }),
		kpi({ kommun: '0002', ...year(2023), measure: 'staff_fte', value: 600, unit: 'årsarbetare' })
	]);
});
afterAll(() => db.close());

describe('comparison()', () => {
	it('returns actual values only, for the chosen sex, ranked per period with lower = better', async () => {
		const rows = toRows(await db.run(comparison(base)));
		expect(rows.map((r) => [r.name, r.period_label, r.value, r.rank, r.ranked])).toEqual([
			['Aby', '2022', 8, 1, 1],
			['Aby', '2023', 6, 1, 2],
			['Bby', '2023', 7, 2, 2]
		]);
	});
	it('filters municipalities and years with bound parameters', async () => {
		const rows = toRows(await db.run(comparison({ ...base, kommuner: ['0002'], fromYear: 2023 })));
		expect(rows.map((r) => r.kommun)).toEqual(['0002']);
	});
	it('normalises per årsarbetare on the same period and ranks the normalised value', async () => {
		const rows = toRows(await db.run(comparison({ ...base, measure: 'evb_count', norm: 'per_fte' })));
		expect(rows.map((r) => [r.name, r.denominator, r.shown, r.rank])).toEqual([
			['Aby', 100, 0.1, 2],
			['Bby', 600, 0.05, 1]
		]);
	});
	it('indexes to the base year (= 100)', async () => {
		const rows = toRows(await db.run(comparison({ ...base, kommuner: ['0001'], norm: 'index', baseYear: 2022 })));
		expect(rows.map((r) => r.shown)).toEqual([100, 75]);
	});
	it('a missing parameter value never matches everything by accident', async () => {
		const rows = toRows(await db.run(comparison({ ...base, measure: "x' OR 1=1 --" })));
		expect(rows).toEqual([]);
	});
});

describe('measure options', () => {
	it('lists breakdowns that exist', async () => {
		const rows = toRows(await db.run(measureBreakdowns('sick_leave_total_pct')));
		expect(rows.map((r) => [r.measure, r.sex, r.figures])).toEqual([
			['sick_leave_total_pct', 'T', 3],
			['sick_leave_total_pct', 'K', 1]
		]);
	});
	it('offers per-FTE normalisation only where staff figures exist', async () => {
		const [a] = toRows(await db.run(normalisationAvailability('evb_count')));
		expect(a).toEqual({
			measure: 'evb_count',
			per_fte: 2,
			per_1000_inv: 0,
			per_1000_inv65: 0,
			pct_budget: 0,
			periods: 1,
			first_year: 2023,
			last_year: 2023
		});
	});
	it('never divides a percentage by staff or population, even where both exist', async () => {
		const [a] = toRows(await db.run(normalisationAvailability('sick_leave_total_pct')));
		expect(a).toMatchObject({ per_fte: 0, per_1000_inv: 0, per_1000_inv65: 0, pct_budget: 0, periods: 2 });
	});
});
