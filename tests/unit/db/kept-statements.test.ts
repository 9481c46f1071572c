import { describe, expect, it } from 'vitest';
import { KeptStatements } from '../../../src/lib/db/kept-statements';
import type { Connection } from '../../../src/lib/db/engine';

/** A fake connection that logs what DuckDB's worker would be asked: prepare, run, close. */
function fakeConnection(failing = new Set<string>()) {
	const log: string[] = [];
	const conn: Connection = {
		async prepare(text) {
			log.push(`prepare ${text}`);
			return {
				async query(...params) {
					log.push(`run ${text} ${JSON.stringify(params)}`);
					if (failing.has(text)) throw new Error(`${text} failed`);
					return { numRows: 0, columns: [] };
				},
				async close() {
					log.push(`close ${text}`);
				}
			};
		},
		insertArrowFromIPCStream: async () => {}
	};
	return { conn, log };
}
const q = (text: string, ...params: (string | number | null)[]) => ({ text, params });
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('KeptStatements', () => {
	it('prepares a question once and runs it again with new parameters', async () => {
		const { conn, log } = fakeConnection();
		const kept = new KeptStatements(conn.prepare);
		await kept.table(q('A', 1));
		await kept.table(q('A', 2));
		await kept.table(q('A', null));
		expect(log).toEqual(['prepare A', 'run A [1]', 'run A [2]', 'run A [null]']);
	});

	it('closes the least recently asked beyond its limit, and prepares it afresh when asked again', async () => {
		const { conn, log } = fakeConnection();
		const kept = new KeptStatements(conn.prepare, 2);
		await kept.table(q('A'));
		await kept.table(q('B'));
		await kept.table(q('A')); // A is now the most recent: B goes first
		await kept.table(q('C'));
		await settle();
		expect(log.filter((l) => l.startsWith('close'))).toEqual(['close B']);
		expect(kept.size).toBe(2);
		await kept.table(q('B'));
		await settle();
		// (The evicted statement's close may go before or after the new run: it never waits for it.)
		expect([...log.slice(-3)].sort()).toEqual(['close A', 'prepare B', 'run B []']);
	});

	it('forgets and closes a statement that failed, so the next ask prepares it again', async () => {
		const failing = new Set(['A']);
		const { conn, log } = fakeConnection(failing);
		const kept = new KeptStatements(conn.prepare);
		await expect(kept.table(q('A', 1))).rejects.toThrow('A failed');
		await settle();
		expect(kept.size).toBe(0);
		failing.clear();
		await kept.table(q('A', 2));
		expect(log).toEqual(['prepare A', 'run A [1]', 'close A', 'prepare A', 'run A [2]']);
	});

	it('a statement that cannot be prepared is not kept', async () => {
		const kept = new KeptStatements(async () => Promise.reject(new Error('syntax')));
		await expect(kept.table(q('bad'))).rejects.toThrow('syntax');
		expect(kept.size).toBe(0);
	});
});
