import { describe, expect, it } from 'vitest';
import type { z } from 'zod/mini';
import { toBudgetRow, type BudgetSourceRow } from '../../../src/lib/schema/budget-row';
import { COLUMNS, sortKeys } from '../../../src/lib/schema/columns';
import { TABLE_NAMES, TABLES } from '../../../src/lib/schema/extracts';
import { KpiRow } from '../../../src/lib/schema/kpi-row';

describe('extract schemas', () => {
	for (const name of TABLE_NAMES)
		it(`${name}: Parquet columns are exactly the zod row's keys`, () => {
			const keys = Object.keys((TABLES[name].row as z.ZodMiniObject).shape).sort();
			expect(Object.keys(COLUMNS[name]).sort()).toEqual(keys);
			expect(sortKeys(name).length).toBeGreaterThan(0);
		});

	it('keeps the leading zero of a kommunkod and rejects a number', () => {
		const row = {
			source: 'x',
			line: '1',
			quote: 'q',
			kommun: '0881',
			period_start: '2024-01-01',
			period_end: '2024-08-31',
			period_kind: 'tertial',
			period_label: 'T2 2024',
			measure: 'm',
			value_kind: '',
			sex: '',
			age_band: '',
			unit_area: '',
			item: '',
			detail: '',
			value: '6.8',
			unit: '%',
			n: '',
			note: ''
		};
		expect(KpiRow.parse(row)).toMatchObject({
			kommun: '0881',
			sex: 'T',
			value_kind: 'actual',
			value: 6.8,
			n: null,
			line: 1
		});
		expect(KpiRow.safeParse({ ...row, kommun: '881' }).success).toBe(false);
		expect(KpiRow.safeParse({ ...row, value: '6,8' }).success).toBe(false);
		expect(KpiRow.safeParse({ ...row, period_kind: 'week' }).success).toBe(false);
	});

	it('applies the budget sign convention and unit to tkr', () => {
		const base = { value: 3.2, unit: 'mnkr', sign: -1 } as unknown as BudgetSourceRow;
		expect(toBudgetRow(base).amount_tkr).toBe(-3200);
		expect(toBudgetRow({ ...base, value: -32915, unit: 'tkr', sign: 1 }).amount_tkr).toBe(-32915);
		expect(toBudgetRow({ ...base, value: 700000, unit: 'kr', sign: 1 }).amount_tkr).toBe(700);
	});
});
