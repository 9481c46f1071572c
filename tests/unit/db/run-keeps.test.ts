import { describe, expect, it, vi } from 'vitest';
import { sql } from '../../../src/lib/queries/sql';

/**
 * Through the browser's runner (run.ts, connection.ts) with a fake engine: a question that says
 * `keep` keeps its prepared statement between asks; every other one is closed after its answer,
 * so nothing it built (hash tables) stays in DuckDB's memory.
 */
const log: string[] = [];
const fakeConn = {
	async prepare(text: string) {
		log.push(`prepare ${text}`);
		return {
			async query(...params: unknown[]) {
				log.push(`run ${text} ${JSON.stringify(params)}`);
				return { numRows: 0, columns: [{ name: 'x', date: false, values: [] }] };
			},
			async close() {
				log.push(`close ${text}`);
			}
		};
	}
};
vi.mock('../../../src/lib/db/engine', () => ({ engine: async () => ({ db: {}, conn: fakeConn }) }));
const { wasmRunner } = await import('../../../src/lib/db/run');

const ask = (text: string, v: number, keep?: boolean) =>
	wasmRunner.run({ purpose: text, sql: { ...sql`SELECT ${v} AS x`, text }, columns: ['x'], ...(keep ? { keep } : {}) });

describe('which statements the browser keeps', () => {
	it('keeps a `keep` question prepared across asks, and closes every other after its answer', async () => {
		await ask('K', 1, true);
		await ask('K', 2, true);
		await ask('Q', 1);
		await ask('Q', 2);
		expect(log).toEqual([
			'prepare K',
			'run K [1]',
			'run K [2]',
			'prepare Q',
			'run Q [1]',
			'close Q',
			'prepare Q',
			'run Q [2]',
			'close Q'
		]);
	});
});
