import { describe, expect, it } from 'vitest';
import { TableDeps, createdName, namesIn } from '../../../src/lib/db/table-deps';
import { TableNeeds } from '../../../src/lib/state/table-needs';
import { VIEWS } from '../../../src/lib/queries/views';
import { TABLE_NAMES } from '../../../src/lib/schema/extracts';
import { KOLADA_TABLES } from '../../../src/lib/schema/kolada';
import { budgetHeadlines } from '../../../src/lib/queries/budget-headline';
import { comparison } from '../../../src/lib/queries/compare';

const deps = new TableDeps([...TABLE_NAMES, ...KOLADA_TABLES], VIEWS);

describe('table deps', () => {
	it('reads the name a CREATE statement defines', () => {
		expect(createdName('CREATE OR REPLACE VIEW facts AS SELECT 1')).toBe('facts');
		expect(createdName('CREATE TABLE IF NOT EXISTS kolada_values (x INT)')).toBe('kolada_values');
		expect(createdName('SELECT 1')).toBeUndefined();
	});

	it('matches whole names, not columns that share a prefix', () => {
		expect([...namesIn('SELECT measure, source FROM budget_facts', ['measures', 'sources', 'budget'])]).toEqual([]);
		expect([...namesIn('FROM measures m JOIN sources s', ['measures', 'sources'])]).toEqual(['measures', 'sources']);
	});

	it('expands views to the base tables they read', () => {
		expect([...deps.tablesOf('SELECT * FROM facts')].sort()).toEqual(
			['caseload', 'senior_alert', 'sick_leave', 'staffing'].sort()
		);
		expect(deps.tablesOf('SELECT * FROM population').has('kolada_values')).toBe(true);
		expect(deps.tablesOf('SELECT * FROM population').has('budget')).toBe(false);
	});

	it('the headline reads budget tables, not Kolada or the KPI extracts', () => {
		const t = deps.tablesOf(budgetHeadlines().sql.text);
		expect(t.has('budget')).toBe(true);
		expect([...t].some((n) => n.startsWith('kolada_'))).toBe(false);
		expect(t.has('sick_leave')).toBe(false);
	});

	it('a Jämför comparison of a Kolada KPI reads Kolada', () => {
		const q = comparison({
			measure: 'kolada:N00090',
			kommuner: [],
			fromYear: null,
			toYear: null,
			sex: 'T',
			ageBand: null,
			unitArea: null,
			norm: 'none',
			baseYear: null
		});
		expect(deps.tablesOf(q.sql.text).has('kolada_values')).toBe(true);
	});

	it('materialised tables are rebuilt when what they read changes', () => {
		expect(deps.dependents('budget')).toContain('budget_facts');
		expect(deps.dependents('kolada_values')).toContain('population');
		expect(deps.dependents('goals')).not.toContain('population');
	});
});

describe('table needs', () => {
	it('loads each table once, in parallel batches, and rebuilds once per batch', async () => {
		const loads: string[] = [];
		const batches: string[][] = [];
		const needs = new TableNeeds({
			load: async (t) => void loads.push(t),
			afterBatch: async (ts) => void batches.push(ts)
		});
		await Promise.all([needs.need(['a', 'b']), needs.need(['b', 'c'])]);
		await needs.need(['a']);
		expect(loads.sort()).toEqual(['a', 'b', 'c']);
		expect(batches).toEqual([['a', 'b'], ['c']]);
		expect(needs.isLoaded('c')).toBe(true);
	});

	it('a failed table can be asked for again', async () => {
		let fail = true;
		const needs = new TableNeeds({
			load: async () => {
				if (fail) throw new Error('nät');
			},
			afterBatch: async () => {}
		});
		await expect(needs.need(['x'])).rejects.toThrow('nät');
		await new Promise((r) => setTimeout(r, 0));
		fail = false;
		await needs.need(['x']);
		expect(needs.isLoaded('x')).toBe(true);
	});

	it('does not resolve before the batch is rebuilt', async () => {
		let rebuilt = false;
		const needs = new TableNeeds({
			load: async () => {},
			afterBatch: async () => {
				await new Promise((r) => setTimeout(r, 5));
				rebuilt = true;
			}
		});
		await needs.need(['t']);
		expect(rebuilt).toBe(true);
	});
});
