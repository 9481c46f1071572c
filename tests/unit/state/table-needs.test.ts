import { describe, expect, it } from 'vitest';
import { compareFilters } from '../../helpers/compare-filters';
import { createdName, namesIn } from '../../../src/lib/db/table-deps';
import { appTableDeps, PROTECTED_INPUTS } from '../../../src/lib/db/protected-deps';
import { TableNeeds } from '../../../src/lib/state/table-needs';
import { budgetHeadlines } from '../../../src/lib/queries/budget-headline';
import { comparison } from '../../../src/lib/queries/compare';

const deps = appTableDeps();
const compare = (measure: string) => comparison(compareFilters(measure));

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

	it('a query on any protected object waits for every input of the small-group rule (fail-closed)', () => {
		for (const object of ['kpi_safe', 'facts', 'staffing_safe', 'sick_leave_safe', 'committee_fte', 'compare_facts'])
			expect([...deps.tablesOf(`SELECT * FROM ${object}`)]).toEqual(expect.arrayContaining([...PROTECTED_INPUTS]));
		expect(PROTECTED_INPUTS).toEqual(
			expect.arrayContaining(['staffing', 'sick_leave', 'senior_alert', 'caseload', 'measures'])
		);
	});

	it('the headline reads the budget, not Kolada or the KPI extracts', () => {
		const t = deps.tablesOf(budgetHeadlines().sql.text);
		expect(t.has('budget')).toBe(true);
		expect([...t].some((n) => n.startsWith('kolada_'))).toBe(false);
		expect(t.has('sick_leave')).toBe(false);
	});

	it('a Jämför comparison reads Kolada and the protected facts', () => {
		const t = deps.tablesOf(compare('kolada:N00090').sql.text);
		expect(t.has('kolada_values')).toBe(true);
		expect([...t]).toEqual(expect.arrayContaining([...PROTECTED_INPUTS]));
	});
});

describe('table needs', () => {
	it('loads each table once; what is asked for in the same turn loads as one batch', async () => {
		const batches: string[][] = [];
		const needs = new TableNeeds({ loadBatch: async (ts) => void batches.push(ts) });
		await Promise.all([needs.need(['a', 'b']), needs.need(['b', 'c'])]);
		await needs.need(['a']);
		await needs.need(['d']);
		expect(batches).toEqual([['a', 'b', 'c'], ['d']]);
		expect(needs.isLoaded('c')).toBe(true);
	});

	it('gathers every table asked for while the engine starts into one batch, prefetching each at once', async () => {
		const batches: string[][] = [];
		const prefetched: string[] = [];
		let up!: () => void;
		const engine = new Promise<void>((r) => (up = r));
		const needs = new TableNeeds({
			loadBatch: async (ts) => void batches.push(ts),
			prefetch: (t) => void prefetched.push(t),
			until: () => engine
		});
		const first = needs.need(['budget']);
		await new Promise((r) => setTimeout(r, 5));
		const second = needs.need(['staffing', 'budget']);
		expect(prefetched).toEqual(['budget', 'staffing']);
		expect(batches).toEqual([]);
		up();
		await Promise.all([first, second]);
		expect(batches).toEqual([['budget', 'staffing']]);
	});

	it('what is asked for while a batch loads waits for it and then loads as one batch', async () => {
		const batches: string[][] = [];
		let release!: () => void;
		const held = new Promise<void>((r) => (release = r));
		const needs = new TableNeeds({
			loadBatch: async (ts) => {
				batches.push(ts);
				if (batches.length === 1) await held;
			}
		});
		const first = needs.need(['a']);
		await new Promise((r) => setTimeout(r, 5));
		const later = [needs.need(['b']), needs.need(['c'])];
		await new Promise((r) => setTimeout(r, 5));
		expect(batches).toEqual([['a']]);
		release();
		await Promise.all([first, ...later]);
		expect(batches).toEqual([['a'], ['b', 'c']]);
	});

	it('settles only after the engine is up and every batch asked for so far has loaded', async () => {
		const batches: string[][] = [];
		let up!: () => void;
		const engine = new Promise<void>((r) => (up = r));
		const needs = new TableNeeds({ loadBatch: async (ts) => void batches.push(ts), until: () => engine });
		let settled = false;
		const waiting = needs.settled().then(() => (settled = true));
		void needs.need(['budget', 'staffing']);
		await new Promise((r) => setTimeout(r, 5));
		expect(settled).toBe(false);
		up();
		await waiting;
		// Kolada asked for after this loads in a batch of its own, never with the view's tables.
		await needs.need(['kolada_values']);
		expect(batches).toEqual([['budget', 'staffing'], ['kolada_values']]);
	});

	it('an engine that does not start fails the tables, which may be asked for again', async () => {
		let fail = true;
		const needs = new TableNeeds({
			loadBatch: async () => {},
			until: async () => {
				if (fail) throw new Error('ingen motor');
			}
		});
		await expect(needs.need(['x'])).rejects.toThrow('ingen motor');
		await new Promise((r) => setTimeout(r, 0));
		fail = false;
		await needs.need(['x']);
		expect(needs.isLoaded('x')).toBe(true);
	});

	it('a failed table can be asked for again', async () => {
		let fail = true;
		const needs = new TableNeeds({
			loadBatch: async () => {
				if (fail) throw new Error('nät');
			}
		});
		await expect(needs.need(['x'])).rejects.toThrow('nät');
		await new Promise((r) => setTimeout(r, 0));
		fail = false;
		await needs.need(['x']);
		expect(needs.isLoaded('x')).toBe(true);
	});

	it('is not loaded before its batch (with the rebuild) has finished', async () => {
		let finished = false;
		const needs = new TableNeeds({
			loadBatch: async () => {
				await new Promise((r) => setTimeout(r, 5));
				finished = true;
			}
		});
		const p = needs.need(['t']);
		expect(needs.isLoaded('t')).toBe(false);
		await p;
		expect(finished && needs.isLoaded('t')).toBe(true);
	});
});

describe('waiting for loads under way', () => {
	it('settledFor(tables) waits for those loads only, failed or not', async () => {
		const gates: Record<string, () => void> = {};
		const needs = new TableNeeds({
			loadBatch: (ts) =>
				new Promise<void>((resolve, reject) => {
					gates[ts[0]!] = ts[0] === 'budget' ? () => reject(new Error('HTTP 500')) : resolve;
				})
		});
		const tick = () => new Promise((r) => setTimeout(r, 5));
		// Batches run one after the other: sick_leave's, then budget's, then Kolada's.
		void needs.need(['sick_leave']).catch(() => {});
		await tick();
		void needs.need(['budget']).catch(() => {});
		let done = false;
		const settled = needs.settledFor(['sick_leave', 'budget', 'areas']).then(() => (done = true));
		gates.sick_leave!();
		await tick();
		expect(done).toBe(false);
		void needs.need(['kolada_values']).catch(() => {});
		gates.budget!();
		await settled;
		expect(done).toBe(true);
		expect(needs.isLoaded('kolada_values')).toBe(false);
	});
});
