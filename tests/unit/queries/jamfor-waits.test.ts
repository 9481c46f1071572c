import { describe, expect, it } from 'vitest';
import { compareFilters } from '../../helpers/compare-filters';
import { appTableDeps, PROTECTED_INPUTS } from '../../../src/lib/db/protected-deps';
import { comparison, type CompareFilters } from '../../../src/lib/queries/compare';
import { everyBreakdown, measureBreakdowns, measureOptions } from '../../../src/lib/queries/measure-options';
import { sql } from '../../../src/lib/queries/sql';
import { KOLADA_TABLES } from '../../../src/lib/schema/kolada';

const deps = appTableDeps();
const kolada = (text: string) =>
	[...deps.tablesOf(text)].filter((t) => (KOLADA_TABLES as readonly string[]).includes(t));
const filters = (measure: string, norm: CompareFilters['norm'] = 'none'): CompareFilters =>
	compareFilters(measure, { norm });

describe('Jämför never waits for Kolada to draw our own measures', () => {
	it('the catalogue, breakdowns and comparison of our own measures read no Kolada table', () => {
		expect(kolada(measureOptions('own').sql.text)).toEqual([]);
		expect(kolada(measureBreakdowns('sick_leave_total_pct').sql.text)).toEqual([]);
		expect(kolada(everyBreakdown('own').sql.text)).toEqual([]);
		for (const norm of ['none', 'index', 'per_fte', 'pct_budget'] as const)
			expect(kolada(comparison(filters('sick_leave_total_pct', norm)).sql.text)).toEqual([]);
	});

	it('still reads the protected facts (and waits for all their inputs)', () => {
		const t = deps.tablesOf(comparison(filters('sick_leave_total_pct')).sql.text);
		expect([...t]).toEqual(expect.arrayContaining([...PROTECTED_INPUTS]));
	});

	it('per inhabitant reads Kolada (the population), and a KPI reads its values and catalogue', () => {
		expect(kolada(comparison(filters('caseload_total', 'per_1000_inv')).sql.text)).toContain('kolada_values');
		expect(kolada(comparison(filters('kolada:N00090')).sql.text)).toEqual(
			expect.arrayContaining(['kolada_values', 'kolada_kpis', 'kolada_municipalities'])
		);
		expect(kolada(measureOptions('kolada').sql.text)).toContain('kolada_values');
		expect(kolada(everyBreakdown('kolada').sql.text)).toContain('kolada_values');
	});
});

describe('sql tag', () => {
	it('splices a nested piece with its parameters, in order', () => {
		const inner = sql`b = ${2} AND c = ${3}`;
		expect(sql`a = ${1} AND ${inner} AND d = ${4}`).toEqual({
			text: 'a = ? AND b = ? AND c = ? AND d = ?',
			params: [1, 2, 3, 4]
		});
	});
});
