import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvObjects, parseCsv } from '../../src/lib/csv/parse';
import type { MappedRow } from '../../src/lib/import/format';
import { FORMATS } from '../../src/lib/import/formats';
import { AREA_LABELS } from '../../src/lib/import/formats/areas';
import { suggestMapping } from '../../src/lib/import/suggest';
import { TABLES } from '../../src/lib/schema/extracts';
import { NodeRunner } from '../helpers/node-runner';
import { BUILT_DATA, DATA_DIR } from '../helpers/paths';

// Synthetic inputs only (not a real kommun's data); expectations computed by hand in the comments.
let runner: NodeRunner;
// The built tables give the long format its measure catalogue; the other formats need no table.
beforeAll(async () => (runner = await NodeRunner.open(BUILT_DATA)));
afterAll(() => runner.close());

const byId = (id: string) => FORMATS.find((f) => f.id === id)!;
const mapped = (cells: Record<string, string>[]): MappedRow[] => cells.map((c, i) => ({ row: i + 2, cells: c }));
type Out = Record<string, unknown>;
const find = (rows: Out[], f: Out) => rows.filter((r) => Object.entries(f).every(([k, v]) => r[k] === v));

describe('staffing from monthly rows', () => {
	it('stocks at the period end, årsarbetare as the mean, flows summed, shares from sums', async () => {
		const cells = [];
		for (let m = 1; m <= 12; m++) {
			const month = `2023-${String(m).padStart(2, '0')}`;
			cells.push({
				period: month,
				enhet: 'Hemtjänst',
				headcount: String(20 + m),
				fte: '18',
				full_time: '10',
				part_time: String(10 + m),
				hourly_hours: '100',
				worked_hours: '3000',
				starters: '1',
				leavers: m % 2 ? '1' : '0'
			});
			cells.push({
				period: month,
				enhet: 'Boende',
				headcount: '40',
				fte: '36,5',
				full_time: '30',
				part_time: '10',
				hourly_hours: '50',
				worked_hours: '6000',
				starters: '0',
				leavers: '1'
			});
		}
		const res = await byId('staffing').transform(mapped(cells), { file: 'personal.csv', kommun: '2580', runner });
		expect(res.problems).toEqual([]);
		const out = res.tables[0]!.rows;
		for (const o of out) expect(TABLES.staffing.source.safeParse(o).success).toBe(true);
		const year = { kommun: '2580', period_kind: 'year', period_start: '2023-01-01', sex: 'T', unit_area: null };
		// Employees at December: 32 + 40 = 72 (n = 72).
		expect(find(out, { ...year, measure: 'staff_headcount' })[0]).toMatchObject({
			value: 72,
			n: 72,
			unit: 'antal',
			period_label: '2023'
		});
		// Årsarbetare: mean of 18 + 36,5 = 54,5.
		expect(find(out, { ...year, measure: 'staff_fte' })[0]).toMatchObject({ value: 54.5, unit: 'årsarbetare' });
		// Full-time share in December: (10 + 30) / (10 + 22 + 30 + 10) = 40 / 72 = 55,5556 %.
		expect(find(out, { ...year, measure: 'full_time_share_pct' })[0]).toMatchObject({ value: 55.5556 });
		// Hourly-paid share: 12 × 150 / (12 × 9 000) = 1,6667 %; hours 1 800.
		expect(find(out, { ...year, measure: 'hourly_paid_share_pct' })[0]).toMatchObject({ value: 1.6667 });
		expect(find(out, { ...year, measure: 'hourly_paid_hours' })[0]).toMatchObject({ value: 1800, unit: 'timmar' });
		// Leavers 6 + 12 = 18; mean employees (26,5 + 40) = 66,5 → turnover 27,0677 %.
		expect(find(out, { ...year, measure: 'staff_leavers_count' })[0]).toMatchObject({ value: 18 });
		expect(find(out, { ...year, measure: 'staff_turnover_pct' })[0]).toMatchObject({ value: 27.0677 });
		// Per unit, one month: Hemtjänst in March has 23 employees.
		expect(
			find(out, {
				measure: 'staff_headcount',
				period_kind: 'month',
				period_start: '2023-03-01',
				unit_area: 'Hemtjänst'
			})[0]
		).toMatchObject({ value: 23, n: 23 });
		// T2 (maj–aug) ends in August: Hemtjänst 28 + Boende 40.
		expect(
			find(out, { measure: 'staff_headcount', period_kind: 'tertial', period_start: '2023-05-01', unit_area: null })[0]
		).toMatchObject({ value: 68, period_label: 'T2 2023' });
	});
});

describe('Senior Alert from monthly rows', () => {
	it('weights shares by persons assessed (and measures by persons at risk)', async () => {
		const rows = mapped([
			{
				period: '2024-01',
				enhet: 'Boende A',
				assessed: '20',
				falls: '50',
				pressure_ulcers: '10',
				at_risk: '16',
				measures: '75'
			},
			{
				period: '2024-01',
				enhet: 'Boende B',
				assessed: '80',
				falls: '25',
				pressure_ulcers: '5',
				at_risk: '40',
				measures: '90'
			}
		]);
		const res = await byId('senior_alert').transform(rows, { file: 'sa.csv', kommun: '2580', runner });
		expect(res.problems).toEqual([]);
		const out = res.tables[0]!.rows;
		const total = { period_kind: 'month', unit_area: null, sex: 'T' };
		// Falls: (10 + 20) / 100 = 30 %, not (50 + 25) / 2 = 37,5 %. Pressure ulcers: (2 + 4) / 100 = 6 %.
		expect(find(out, { ...total, measure: 'senior_alert_fall_risk_pct' })[0]).toMatchObject({
			value: 30,
			n: 100,
			unit: '%'
		});
		expect(find(out, { ...total, measure: 'senior_alert_pressure_ulcer_risk_pct' })[0]).toMatchObject({ value: 6 });
		// Measures: (12 + 36) / (16 + 40) = 85,7143 %.
		expect(find(out, { ...total, measure: 'senior_alert_preventive_measures_pct' })[0]).toMatchObject({
			value: 85.7143
		});
		expect(find(out, { ...total, measure: 'senior_alert_assessed_count' })[0]).toMatchObject({
			value: 100,
			unit: 'antal'
		});
		// No malnutrition column: no malnutrition figure.
		expect(find(out, { measure: 'senior_alert_malnutrition_risk_pct' })).toEqual([]);
		expect(find(out, { measure: 'senior_alert_fall_risk_pct', unit_area: 'Boende A' })[0]).toMatchObject({
			value: 50,
			n: 20
		});
	});
});

describe('ej verkställda beslut from the IVO report rows', () => {
	it('counts open decisions per report date by law, type, sex and reason, with days waited', async () => {
		const rows = mapped([
			{
				report: '2024 kv 1',
				decision_date: '2023-10-01',
				law: 'SoL',
				insats: 'Särskilt boende',
				sex: 'K',
				days: '',
				reason: 'Ingen ledig plats',
				status: 'Ej verkställt'
			},
			{
				report: '2024 kv 1',
				decision_date: '2023-12-01',
				law: 'SoL',
				insats: 'Särskilt boende',
				sex: 'M',
				days: '100',
				reason: 'Ingen ledig plats',
				status: ''
			},
			{
				report: '2024 kv 1',
				decision_date: '2023-09-01',
				law: 'LSS 9 § 4',
				insats: 'Kontaktperson',
				sex: 'K',
				days: '',
				reason: 'Tackat nej',
				status: 'Verkställt',
				status_date: '2024-02-15'
			},
			{
				report: '2024 kv 1',
				decision_date: '2023-11-20',
				law: 'LSS',
				insats: 'Kontaktperson',
				sex: 'K',
				days: '',
				reason: 'Tackat nej',
				status: 'avbrutet'
			}
		]);
		const res = await byId('ivo_evb').transform(rows, { file: 'ivo.csv', kommun: '2580', runner });
		expect(res.problems).toEqual([]);
		const out = res.tables[0]!.rows;
		for (const o of out) expect(TABLES.caseload.source.safeParse(o).success).toBe(true);
		const at = { period_kind: 'point', period_end: '2024-03-31', item: null };
		expect(find(out, { ...at, measure: 'evb_count', unit_area: null, sex: 'T', detail: null })[0]).toMatchObject({
			value: 2,
			unit: 'antal',
			period_label: '2024-03-31'
		});
		expect(find(out, { ...at, measure: 'evb_count', unit_area: 'SoL' })[0]).toMatchObject({ value: 2 });
		expect(find(out, { ...at, measure: 'evb_count', unit_area: 'LSS' })[0]).toMatchObject({ value: 0 });
		expect(find(out, { ...at, measure: 'evb_count', sex: 'K', unit_area: null })[0]).toMatchObject({ value: 1 });
		expect(
			find(out, { ...at, measure: 'evb_executed_count', unit_area: null, sex: 'T', detail: null })[0]
		).toMatchObject({ value: 1 });
		expect(find(out, { ...at, measure: 'evb_cancelled_count', unit_area: 'Kontaktperson' })[0]).toMatchObject({
			value: 1
		});
		// 2023-10-01 → 2024-03-31 = 182 days; stated 100 → mean 141.
		expect(
			find(out, { ...at, measure: 'evb_days_waited_mean', unit_area: null, sex: 'T', detail: null })[0]
		).toMatchObject({ value: 141, unit: 'dagar' });
		expect(find(out, { ...at, measure: 'evb_count', detail: 'Ingen ledig plats' })[0]).toMatchObject({ value: 2 });
		// One figure per decision, dated to the quarter; carried out: decision → date carried out = 167 days.
		const one = find(out, { measure: 'evb_days_waited', item: '2024-03-31#4' })[0];
		expect(one).toMatchObject({
			value: 167,
			period_kind: 'quarter',
			period_label: 'kv 1 2024',
			unit_area: 'Kontaktperson',
			sex: 'K'
		});
		expect(String(one!.detail)).toMatch(/beslut 2023-09-01; LSS; Tackat nej; verkställt/);
	});
	it('rejects a decision after the report date and an unknown law', async () => {
		const rows = mapped([{ report: '2024-03-31', decision_date: '2024-04-02', law: 'HSL', insats: 'X', status: '' }]);
		const res = await byId('ivo_evb').transform(rows, { file: 'ivo.csv', kommun: '2580', runner });
		expect(res.problems.map((p) => p.column)).toEqual(['Beslutsdatum', 'Lagrum']);
	});
});

describe('every template loads as it is, filled for a kommun', () => {
	it('maps by the suggested mapping and gives valid rows for our extracts', async () => {
		for (const f of FORMATS) {
			const t = parseCsv(f.templateCsv.replaceAll('EXEMPEL', '1280'));
			const m = suggestMapping(t.header, f);
			const rows = csvObjects(t).map(({ row, values }) => ({
				row,
				cells: Object.fromEntries(
					Object.entries(m)
						.filter(([, h]) => h)
						.map(([id, h]) => [id, values[h!] ?? ''])
				)
			}));
			const res = await f.transform(rows, { file: `${f.id}.csv`, kommun: '1280', runner });
			expect(res.problems, f.id).toEqual([]);
			expect(res.tables.length, f.id).toBeGreaterThan(0);
			for (const { table, rows: out } of res.tables)
				for (const o of out)
					expect(TABLES[table].source.safeParse(o).success, `${f.id} ${JSON.stringify(o)}`).toBe(true);
		}
	});
});

describe('what the formats produce fits the catalogue', () => {
	it('every measure a format writes is in data/measures.csv with the same unit', async () => {
		const catalogue = new Map(
			csvObjects(parseCsv(readFileSync(join(DATA_DIR, 'measures.csv'), 'utf8'))).map(({ values }) => [
				values.measure!,
				values.unit!
			])
		);
		const produced = new Map<string, string>();
		for (const f of FORMATS.filter((x) => x.id !== 'long' && x.id !== 'ledger')) {
			const t = parseCsv(f.templateCsv.replaceAll('EXEMPEL', '1280'));
			const m = suggestMapping(t.header, f);
			const rows = csvObjects(t).map(({ row, values }) => ({
				row,
				cells: Object.fromEntries(
					Object.entries(m)
						.filter(([, h]) => h)
						.map(([id, h]) => [id, values[h!] ?? ''])
				)
			}));
			for (const { rows: out } of (await f.transform(rows, { file: 'x.csv', kommun: '1280', runner })).tables)
				for (const o of out) produced.set(String(o.measure), String(o.unit));
		}
		expect(produced.size).toBeGreaterThan(20);
		for (const [measure, unit] of produced) expect(catalogue.get(measure), measure).toBe(unit);
	});
	it('the standard areas of the ledger are those of data/areas.csv', () => {
		const areas = csvObjects(parseCsv(readFileSync(join(DATA_DIR, 'areas.csv'), 'utf8'))).map(({ values }) => [
			values.area_std,
			values.label_sv
		]);
		expect(Object.entries(AREA_LABELS).sort()).toEqual(areas.sort());
	});
});
