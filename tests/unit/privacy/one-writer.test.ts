import { describe, expect, it, vi } from 'vitest';
import { fragment as fragmentText, sql, type Sql } from '../../../src/lib/queries/sql';

/**
 * The connection queue (src/lib/db/connection.ts) with a fake engine that logs each statement as
 * it starts and ends, and takes time like the real worker does. Proves that an upload's
 * transaction, a table load and the views' queries never interleave.
 */
const log: string[] = [];
const tick = () => new Promise((r) => setTimeout(r, 2));
const fakeConn = {
	async prepare(text: string) {
		return {
			async query() {
				log.push(`start ${text}`);
				await tick();
				if (text === 'FAIL') throw new Error('boom');
				log.push(`end ${text}`);
				return { numRows: 0, columns: [] };
			},
			async close() {}
		};
	}
};
vi.mock('../../../src/lib/db/engine', () => ({ engine: async () => ({ db: {}, conn: fakeConn }) }));

const { exclusive } = await import('../../../src/lib/db/connection');
const { wasmRunner } = await import('../../../src/lib/db/run');

const upload = (s: { all(q: Sql): Promise<unknown> }) =>
	(async () => {
		await s.all(sql`BEGIN`);
		await tick();
		await s.all(sql`INSERT`);
		await s.all(sql`COMMIT`);
	})();
/** Statements between BEGIN and COMMIT that are not the upload's own. */
const intruders = () => {
	const from = log.indexOf('start BEGIN'),
		to = log.indexOf('end COMMIT');
	return log.slice(from, to + 1).filter((l) => !/BEGIN|INSERT|COMMIT/.test(l));
};

describe('one job at a time on the connection', () => {
	it('without the queue, a view’s query lands inside the upload’s transaction (the test can fail)', async () => {
		log.length = 0;
		const direct = { all: async (q: Sql) => (await fakeConn.prepare(q.text)).query() };
		await Promise.all([upload(direct), direct.all(sql`SELECT view`), direct.all(sql`SELECT other`)]);
		expect(intruders().length).toBeGreaterThan(0);
	});

	it('with it, views’ queries (through the app’s runner) wait until the upload has committed', async () => {
		log.length = 0;
		const views = [1, 2, 3].map((i) =>
			wasmRunner.run({ purpose: 'test', sql: sql`SELECT ${fragmentText(`view ${i}`)}`, columns: [] })
		);
		await Promise.all([exclusive((s) => upload(s)), ...views]);
		expect(log.filter((l) => l.startsWith('start')).length).toBe(6);
		expect(intruders()).toEqual([]);
	});

	it('a failed job releases the connection for the next', async () => {
		log.length = 0;
		const failed = exclusive((s) => s.all({ text: 'FAIL', params: [] }));
		const next = exclusive((s) => s.all(sql`SELECT after`));
		await expect(failed).rejects.toThrow('boom');
		await expect(next).resolves.toEqual([]);
		expect(log).toEqual(['start FAIL', 'start SELECT after', 'end SELECT after']);
	});

	it('jobs run in the order they were asked for, each to its end', async () => {
		log.length = 0;
		await Promise.all(
			['a', 'b', 'c'].map((x) =>
				exclusive(async (s) => {
					await s.all(sql`X ${fragmentText(x)}`);
					await s.all(sql`Y ${fragmentText(x)}`);
				})
			)
		);
		expect(log.filter((l) => l.startsWith('end'))).toEqual([
			'end X a',
			'end Y a',
			'end X b',
			'end Y b',
			'end X c',
			'end Y c'
		]);
	});

	it("a background job ('later') waits while views' questions do, and is never cut short", async () => {
		log.length = 0;
		const later = (x: string) =>
			exclusive({ lane: 'later' }, async (s) => {
				await s.all(sql`L1 ${fragmentText(x)}`);
				await s.all(sql`L2 ${fragmentText(x)}`);
			});
		const now = (x: string) => exclusive((s) => s.all(sql`Q ${fragmentText(x)}`));
		// 'a' starts at once; the questions asked after it run before 'b', once 'a' has ended.
		await Promise.all([later('a'), later('b'), now('1'), now('2')]);
		expect(log.filter((l) => l.startsWith('end'))).toEqual([
			'end L1 a',
			'end L2 a',
			'end Q 1',
			'end Q 2',
			'end L1 b',
			'end L2 b'
		]);
	});
});
