import { describe, expect, it } from 'vitest';
import { fieldwiseParser } from '../../../src/lib/import/fieldwise-parse';
import { BudgetSourceRow } from '../../../src/lib/schema/budget-row';
import { KpiRow } from '../../../src/lib/schema/kpi-row';

/** The memoised field-by-field parse must say exactly what zod says of the whole row. */
const kpi = {
	source: 'user:x.csv',
	line: 2,
	quote: 'kommun: 0881',
	kommun: '0881',
	period_start: '2024-01-01',
	period_end: '2024-01-31',
	period_kind: 'month',
	period_label: 'jan 2024',
	measure: 'sick_leave_total_pct',
	value_kind: '',
	sex: 'K',
	age_band: '',
	unit_area: 'Hemtjänst',
	item: '',
	detail: '',
	value: 6.8,
	unit: '%',
	n: 24,
	note: ''
};
const variants: Record<string, unknown>[] = [
	kpi,
	{ ...kpi, extra: 'dropped' },
	{ ...kpi, period_start: '2023-02-30' },
	{ ...kpi, period_end: '2024-1-31', kommun: '881' },
	{ ...kpi, sex: 'X', value: 'sex', n: 2 ** 31 },
	{ ...kpi, n: '', value: '' },
	{ ...kpi, line: -1, quote: '' },
	{ ...kpi, value_kind: 'target', n: '12' },
	{ ...kpi, unit: '', measure: 'Bad-Id' },
	Object.fromEntries(Object.entries(kpi).filter(([k]) => k !== 'note' && k !== 'item')),
	{ ...kpi, period_kind: 'week', age_band: null, unit_area: undefined },
	{ ...kpi, value: Number.NaN },
	{ ...kpi, value: { valueOf: () => 3 } }
];

describe('fieldwise parse = zod', () => {
	for (const [name, schema] of [
		['KpiRow', KpiRow],
		['BudgetSourceRow', BudgetSourceRow]
	] as const)
		it(`${name}: same data, same issues, also on the second sight of each value`, () => {
			const parse = fieldwiseParser(schema);
			for (let round = 0; round < 2; round++)
				for (const row of variants) {
					const z = schema.safeParse(row);
					const f = parse(row);
					expect(f.success).toBe(z.success);
					if (z.success && f.success) {
						expect(Object.keys(f.data)).toEqual(Object.keys(z.data));
						expect(f.data).toEqual(z.data);
					} else if (!z.success && !f.success)
						expect(f.issues.map((i) => [i.path, i.message])).toEqual(z.error.issues.map((i) => [i.path, i.message]));
				}
		});

	it("a blank column the row leaves out is read as '', as zod reads the filled row", () => {
		const blank = new Set(['note', 'item', 'unit_area', 'not_in_schema']);
		const parse = fieldwiseParser(KpiRow, blank);
		for (const row of variants) {
			const filled = { ...row };
			for (const k of blank) if (filled[k] === undefined) filled[k] = '';
			const z = KpiRow.safeParse(filled);
			const f = parse(row);
			expect(f.success).toBe(z.success);
			if (z.success && f.success) expect(Object.entries(f.data)).toEqual(Object.entries(z.data));
		}
	});
});
