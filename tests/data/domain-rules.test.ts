import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printedDecimals } from '../../src/lib/domain/decimals';
import { periodMonths, periodMonthsSql } from '../../src/lib/domain/period';
import { formatValue } from '../../src/lib/format/number';
import { keyIndicators, KeyIndicatorRow } from '../../src/lib/queries/key-indicators';
import { parseRows } from '../../src/lib/queries/rows';
import { toRows } from '../../src/lib/queries/sql';
import { NodeRunner } from '../helpers/node-runner';
import { BUILT_DATA } from '../helpers/paths';

let db: NodeRunner;
beforeAll(async () => (db = await NodeRunner.open(BUILT_DATA)));
afterAll(() => db?.close());

describe('domain rules agree with the SQL', () => {
	it('a period’s length in months is the same in TypeScript and in DuckDB, for every period in the data', async () => {
		type P = { period_start: string; period_end: string; months: number };
		const rows = toRows(
			await db.run<P>({
				purpose: 'period lengths',
				sql: {
					text: `SELECT DISTINCT strftime(period_start, '%Y-%m-%d') AS period_start, strftime(period_end, '%Y-%m-%d') AS period_end,
						${periodMonthsSql().text} AS months FROM facts`,
					params: []
				},
				columns: ['period_start', 'period_end', 'months']
			})
		);
		expect(rows.length).toBeGreaterThan(10);
		for (const r of rows)
			expect(periodMonths(r.period_start, r.period_end), `${r.period_start}–${r.period_end}`).toBe(r.months);
	});

	it('Timrå’s engagement index 81,3 (2022) reaches Rapport’s key indicators with its decimal', async () => {
		const rows = parseRows(await db.run(keyIndicators('2262', 'staffing')), KeyIndicatorRow);
		const hme = rows.find((r) => r.measure === 'hme_total_index');
		expect(hme?.value).toBe(81.3);
		expect(formatValue(hme!.value, hme!.unit, printedDecimals(hme!.value, hme!.unit, hme!.decimals))).toMatch(/^81,3/);
	});
});
