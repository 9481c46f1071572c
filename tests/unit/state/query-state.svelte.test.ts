import { describe, expect, it } from 'vitest';
import type { Columns, Query, Runner } from '../../../src/lib/queries/sql';
import { QueryState } from '../../../src/lib/state/query-state.svelte';

type Row = { v: number };
const query = (v: number): Query<Row> => ({ purpose: `v=${v}`, sql: { text: 'x', params: [v] }, columns: ['v'] });

/** A runner whose answers arrive in the order the test releases them. */
function manualRunner() {
	const pending = new Map<number, (c: Columns<Row>) => void>();
	const runner: Runner = {
		run<R>(q: Query<R>) {
			const v = q.sql.params[0] as number;
			return new Promise<Columns<R>>((resolve) => pending.set(v, resolve as unknown as (c: Columns<Row>) => void));
		}
	};
	const release = (v: number) => pending.get(v)!({ v: [v], length: 1 });
	return { runner, release };
}

describe('QueryState', () => {
	it('ignores a slow earlier answer that arrives after a newer one', async () => {
		const { runner, release } = manualRunner();
		const state = new QueryState<Row>();
		const first = state.load(runner, query(1));
		const second = state.load(runner, query(2));
		release(2);
		await second;
		expect(state.data?.v).toEqual([2]);
		release(1);
		await first;
		expect(state.data?.v).toEqual([2]);
		expect(state.loading).toBe(false);
	});

	it('shows the purpose of a failed question, not a stack trace', async () => {
		const state = new QueryState<Row>();
		const failing: Runner = { run: () => Promise.reject(new Error('Kunde inte hämta nyckeltalen.')) };
		await state.load(failing, query(3));
		expect(state.error).toBe('Kunde inte hämta nyckeltalen.');
	});
});
