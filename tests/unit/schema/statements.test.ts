import { describe, expect, it } from 'vitest';
import { shapeRows } from '../../../src/lib/schema/shape';
import { labelKey, markStatements } from '../../../src/lib/schema/statements';

/** The canonical-statement rule on hand-made rows (SYNTHETIC, never shipped). */
const kpi = (r: Record<string, unknown>): Record<string, unknown> => ({
	source: 'doc',
	kommun: '0001',
	measure: 'm',
	value_kind: 'actual',
	period_start: '2023-01-01',
	period_end: '2023-06-30',
	sex: 'T',
	age_band: null,
	unit_area: null,
	item: null,
	detail: null,
	unit: 'antal',
	...r
});

describe('markStatements', () => {
	it('one canonical row per fact: a table row before running text, then the earliest line', () => {
		const rows = markStatements('kpi', [
			kpi({ line: 10, quote: 'sammanlagt 35 anmälningar', value: 35 }),
			kpi({ line: 20, quote: 'Jan\t35', value: 35 }),
			kpi({ line: 30, quote: 'Totalt\t35', value: 35 }),
			kpi({ line: 5, quote: 'x 12', value: 12, unit_area: 'Skolan' })
		]);
		expect(rows.map((r) => [r.line, r.canonical])).toEqual([
			[10, false],
			[20, true],
			[30, false],
			[5, true]
		]);
		expect(new Set(rows.slice(0, 3).map((r) => r.statement_group)).size).toBe(1);
	});

	it('budget: tkr before a rounded mnkr; a stated amount is the same fact only with the same amount', () => {
		const b = (r: Record<string, unknown>) => ({
			kommun: '0001',
			report_id: 'r',
			period_start: '2023-01-01',
			period_end: '2023-08-31',
			area_label: 'Nämnden',
			parent_area_label: null,
			budget_line: 'net',
			amount_kind: 'deviation_forecast',
			sign: 1,
			...r
		});
		const rows = shapeRows('budget', [
			b({ line: 1, quote: 'underskott −40,9 mnkr', value: -40.9, unit: 'mnkr' }),
			b({ line: 2, quote: 'underskott −40 886 tkr', value: -40886, unit: 'tkr' }),
			b({ line: 3, quote: '9,9 mnkr', value: 9.9, unit: 'mnkr', amount_kind: 'amount', budget_line: 'other' }),
			b({ line: 4, quote: '30 mnkr', value: 30, unit: 'mnkr', amount_kind: 'amount', budget_line: 'other' })
		]);
		expect(rows.map((r) => [r.line, r.canonical])).toEqual([
			[1, false],
			[2, true],
			[3, true],
			[4, true]
		]);
	});

	it('a listed summary that restates a table is never canonical; labels group by their normalised key', () => {
		const labels = new Map([['32 aktivts', '32 aktivitetsersättning']]);
		const rows = markStatements(
			'kpi',
			[
				kpi({ line: 10, quote: '32 aktivts\t4', value: 4, unit_area: '32 aktivts' }),
				kpi({ line: 20, quote: '32 aktivitetsersättning\t4', value: 4, unit_area: '32 aktivitetsersättning' }),
				kpi({ line: 30, quote: 'Totalt\t72', value: 72 })
			],
			labels,
			[{ source: 'doc', first_line: 25, last_line: 35, measure: 'm' }]
		);
		expect(rows.map((r) => [r.line, r.canonical])).toEqual([
			[10, true],
			[20, false],
			[30, false]
		]);
		expect(labelKey('32 aktivts', labels)).toBe('32 aktivitetsersättning');
		expect(labelKey('Skolan', labels)).toBe('Skolan');
	});

	it("a user's own rows (no line) are each their own statement, always canonical", () => {
		const rows = shapeRows('sick_leave', [kpi({ line: null, value: 6 }), kpi({ line: null, value: 6 })]);
		expect(rows.map((r) => r.canonical)).toEqual([true, true]);
	});
});
