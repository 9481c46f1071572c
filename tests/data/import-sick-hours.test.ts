import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MappedRow } from '../../src/lib/import/format';
import { HR_SICK_HOURS } from '../../src/lib/import/formats/hr-sick-hours';
import { tableFromIPC } from 'apache-arrow';
import { typedInput } from '../../src/lib/db/pivot-input';
import { columnsToIpc } from '../../src/lib/import/stage-ipc';
import { fragment, sql } from '../../src/lib/queries/sql';
import { KpiRow } from '../../src/lib/schema/kpi-row';
import { NodeRunner } from '../helpers/node-runner';

// Synthetic HR extract (not a real kommun's data): two units of very different size.
let runner: NodeRunner;
beforeAll(async () => (runner = await NodeRunner.open()));
afterAll(() => runner.close());

const row = (
	i: number,
	period: string,
	enhet: string,
	sex: string,
	age: string,
	sick: string,
	d14: string,
	o59: string,
	sched: string,
	emp: string
): MappedRow => ({
	row: i + 2,
	cells: {
		period,
		enhet,
		sex,
		age_band: age,
		sick_hours: sick,
		sick_hours_1_14: d14,
		sick_hours_over59: o59,
		scheduled_hours: sched,
		employees: emp
	}
});

describe('sick leave from hours', () => {
	it('weights by hours: the committee figure is Σ sick / Σ scheduled, not a mean of unit percentages', async () => {
		const rows: MappedRow[] = [];
		let i = 0;
		for (const month of ['2024-01', '2024-02', '2024-03', '2024-04']) {
			// Small unit: 10 % sick leave (30 of 300 h); large unit: 5 % (150 of 3 000 h).
			rows.push(row(i++, month, 'Liten enhet', 'K', '-29', '30', '20', '0', '300', '2'));
			rows.push(row(i++, month, 'Stor enhet', 'K', '30-49', '100', '40', '50', '2000', '12'));
			rows.push(row(i++, month, 'Stor enhet', 'M', '50-', '50', '10', '40', '1000', '6'));
		}
		const res = await HR_SICK_HOURS.transform(rows, { file: 'hr.csv', kommun: '1280', runner });
		expect(res.problems).toEqual([]);
		const out = res.tables[0]!.rows;
		for (const o of out) expect(KpiRow.safeParse(o).success).toBe(true);
		const get = (measure: string, kind: string, f: Partial<Record<string, unknown>>) =>
			out.filter(
				(o) =>
					o.measure === measure &&
					o.period_kind === kind &&
					o.period_start === (kind === 'month' ? '2024-02-01' : '2024-01-01') &&
					Object.entries({ sex: 'T', age_band: null, unit_area: null, ...f }).every(([k, v]) => o[k] === v)
			);
		// Committee, one month: (30 + 150) / (300 + 3 000) = 5,4545 %, not (10 + 5) / 2 = 7,5 %.
		const feb = get('sick_leave_total_pct', 'month', {});
		expect(feb).toHaveLength(1);
		expect(feb[0]).toMatchObject({ value: 5.4545, n: 20, period_label: 'feb 2024', unit: '%', kommun: '1280' });
		expect(get('sick_leave_total_pct', 'month', { unit_area: 'Liten enhet' })[0]).toMatchObject({ value: 10, n: 2 });
		expect(get('sick_leave_total_pct', 'month', { unit_area: 'Stor enhet' })[0]).toMatchObject({ value: 5, n: 18 });
		// Tertial 1 (four equal months): the same weighting; n = largest monthly headcount.
		expect(get('sick_leave_total_pct', 'tertial', {})[0]).toMatchObject({
			value: 5.4545,
			n: 20,
			period_label: 'T1 2024',
			period_end: '2024-04-30'
		});
		// By sex: women (30 + 100) / (300 + 2 000) = 5,6522 %; men 50 / 1 000 = 5 %.
		expect(get('sick_leave_total_pct', 'month', { sex: 'K' })[0]).toMatchObject({ value: 5.6522, n: 14 });
		expect(get('sick_leave_total_pct', 'month', { sex: 'M' })[0]).toMatchObject({ value: 5, n: 6 });
		// By age band.
		expect(get('sick_leave_total_pct', 'month', { age_band: '50-' })[0]).toMatchObject({ value: 5 });
		// Day 1–14: (20 + 40 + 10) / 3 300 = 2,1212 %; over 59 days as share of sick leave: 90 / 180 = 50 %.
		expect(get('sick_leave_day1_14_pct', 'month', {})[0]).toMatchObject({ value: 2.1212 });
		expect(get('sick_leave_over59_share_pct', 'month', {})[0]).toMatchObject({ value: 50 });
		// Four months only: no year, and no separate year-to-date (it equals T1).
		expect(out.some((o) => o.period_kind === 'year' || o.period_kind === 'ytd')).toBe(false);
		expect(feb[0]).toMatchObject({ source: 'user:hr.csv', line: 5, quote: 'summa av 3 rader' });
	});

	it('rejects impossible rows and names row and column', async () => {
		const res = await HR_SICK_HOURS.transform(
			[
				row(0, '2024-01', 'A', 'K', '', '50', '', '', '40', '3'),
				row(1, 'januari', 'A', 'X', '', 'tio', '', '', '40', '3')
			],
			{ file: 'hr.csv', kommun: '1280', runner }
		);
		expect(res.problems.map((p) => `${p.row}:${p.column}`)).toEqual([
			'2:Sjukfrånvarotimmar',
			'3:Månad',
			'3:Kön',
			'3:Sjukfrånvarotimmar'
		]);
		expect(res.tables).toEqual([]);
	});

	it("the worker's way (input as Arrow text, staged, cast in SQL, summed, finished) gives the same rows as transform", async () => {
		const rows: MappedRow[] = [];
		let i = 0;
		for (const month of ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05'])
			for (const [enhet, sex, age] of [
				['Norr', 'K', '-29'],
				['Norr', 'M', '30-49'],
				['', 'K', '50-'],
				['Söder', 'kvinna', '']
			])
				rows.push(row(i++, month, enhet!, sex!, age!, '40,5', i % 3 ? '12' : '', '3', '900', i % 4 ? '14' : ''));
		rows.push(row(i++, '2024-13', 'Norr', 'K', '-29', '1', '', '', '10', '1'));
		const ctx = { file: 'hr.csv', kommun: '1280' };
		const direct = await HR_SICK_HOURS.transform(rows, { ...ctx, runner });
		const pivot = HR_SICK_HOURS.pivot!;
		const input = pivot.input(rows, ctx);
		const values = Object.fromEntries(Object.entries(input.columns).map(([k, c]) => [k, c.values]));
		const types = Object.fromEntries(Object.entries(input.columns).map(([k, c]) => [k, c.type]));
		// Staged as the page stages the worker's chunks: every column text, null kept.
		const stage = fragment('"pivot_stage_test"');
		await runner.all(
			sql`CREATE TABLE ${stage} (${fragment(
				Object.keys(types)
					.map((c) => `"${c}" VARCHAR`)
					.join(', ')
			)})`
		);
		for (const chunk of columnsToIpc(values, input.rows, 7))
			for (const r of tableFromIPC(chunk).toArray())
				await runner.all({
					text: `INSERT INTO ${stage.text} VALUES (${Object.keys(types)
						.map(() => '?')
						.join(', ')})`,
					params: Object.keys(types).map((c) => (r[c] == null ? null : String(r[c])))
				});
		const sums = await runner.all(pivot.query(typedInput(types, stage)).sql);
		await runner.all(sql`DROP TABLE ${stage}`);
		const viaWorker = pivot.finish(sums, ctx, input.problems);
		expect(direct.problems.length).toBe(1);
		expect(direct.tables[0]!.rows.length).toBeGreaterThan(20);
		expect(viaWorker).toEqual(direct);
	});
});
