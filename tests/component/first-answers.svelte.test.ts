import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DUCKDB_VERSION } from '../../src/lib/db/engine-version';
import type { FirstAnswersFile } from '../../src/lib/db/first-answers.svelte';
import { startFirstAnswers } from '../../src/lib/db/first-answers.svelte';
import type { Columns, Query, Runner } from '../../src/lib/queries/sql';
import { querySourceContext } from '../../src/lib/state/query-source';
import QueryProbe from './fixtures/QueryProbe.svelte';
import { settle } from './helpers/fake-source';

let cleanup = () => {};
afterEach(() => cleanup());

/** A build whose answer to "SELECT ?" with 1 is 41 (not what the runner says, so the test can tell them apart). */
const FILE: FirstAnswersFile = {
	version: 'abc',
	engine: DUCKDB_VERSION,
	answers: [{ purpose: 'v=1', sql: { text: 'SELECT ?', params: [1] }, length: 1, columns: { v: [41] } }]
};
const json = (body: unknown) => Promise.resolve(new Response(JSON.stringify(body)));
/** The build's file as served, beside the manifest's data hash. */
const files = (manifest: { version: string }, answers: unknown) => ({
	fetchFn: () => json(answers),
	dataVersion: async () => manifest.version
});

/** The reading module afresh (it starts once per page). */
/** QueryProbe asking v = 1 of an engine that never answers, at the given revisions; its element. */
async function probeWithSilentEngine(revisions: { revision: () => number; revisionOf?: () => number }) {
	const runner: Runner = { run: () => new Promise(() => {}) };
	const target = document.body.appendChild(document.createElement('div'));
	const app = mount(QueryProbe, { target, props: { v: 1 }, context: querySourceContext({ runner, ...revisions }) });
	cleanup = () => void unmount(app);
	await settle();
	return target;
}

async function fresh() {
	vi.resetModules();
	return import('../../src/lib/db/first-answers.svelte');
}

describe('first-answers.json in the browser', () => {
	const q = { text: 'SELECT ?', params: [1] };

	it('gives the answer of exactly the question asked', async () => {
		const m = await fresh();
		m.startFirstAnswers('', '/data', { ...files({ version: 'abc' }, FILE), ownExtracts: async () => 0 });
		await settle();
		expect(m.firstAnswer(q)).toEqual({ v: [41], length: 1 });
		expect(m.firstAnswer({ text: 'SELECT ?', params: [2] })).toBeUndefined();
		expect(m.firstAnswer({ text: 'SELECT ? ', params: [1] })).toBeUndefined();
	});

	it.each([
		['another data hash', { version: 'other' }, FILE, 0],
		['another engine', { version: 'abc' }, { ...FILE, engine: 'v0.0.1' }, 0],
		['own extracts kept in this browser', { version: 'abc' }, FILE, 1],
		['a file of another shape', { version: 'abc' }, { ...FILE, answers: [{ sql: 'SELECT 1' }] }, 0]
	])('gives nothing for %s', async (_, manifest, file, own) => {
		const m = await fresh();
		m.startFirstAnswers('', '/data', {
			...files(manifest, file),
			ownExtracts: async () => own
		});
		await settle();
		expect(m.firstAnswer(q)).toBeUndefined();
	});
});

describe('useQuery with a first answer', () => {
	it("shows the build's answer until the engine's own arrives, only at revision 0 and for that question", async () => {
		startFirstAnswers('', '/data', {
			...files({ version: 'abc' }, FILE),
			ownExtracts: async () => 0
		});
		await settle();
		const pending = new Map<number, () => void>();
		const runner: Runner = {
			run: <R>(query: Query<R>) =>
				new Promise<Columns<R>>((resolve) => {
					const v = query.sql.params[0] as number;
					pending.set(v, () => resolve({ v: [v], length: 1 } as unknown as Columns<R>));
				})
		};
		const target = document.body.appendChild(document.createElement('div'));
		let revision = $state(0);
		const props = $state({ v: 1 });
		const app = mount(QueryProbe, { target, props, context: querySourceContext({ runner, revision: () => revision }) });
		cleanup = () => void unmount(app);
		await settle();
		const out = () => target.querySelector('output');
		expect(out()?.textContent).toBe('41');
		expect(out()?.dataset.current).toBe('true');
		pending.get(1)!();
		await settle();
		expect(out()?.textContent).toBe('1');
		// Another question has no first answer: the rows stay until the engine answers it.
		props.v = 2;
		flushSync();
		await settle();
		expect(out()?.dataset.current).toBe('false');
		// A later revision (own data, Kolada) never takes the build's answer, even for its question.
		revision = 1;
		props.v = 1;
		await settle();
		expect(out()?.textContent).toBe('1');
		expect(out()?.dataset.current).toBe('false');
	});

	it('a view that first asks at a later revision (own data, Kolada) waits for the engine', async () => {
		startFirstAnswers('', '/data', {
			...files({ version: 'abc' }, FILE),
			ownExtracts: async () => 0
		});
		await settle();
		const target = await probeWithSilentEngine({ revision: () => 1 });
		expect(target.querySelector('output')).toBeNull();
		expect(target.textContent).toContain('Hämtar…');
	});

	it.each([
		[0, '41'],
		[1, null]
	])(
		'a view reached later (Kolada in, revision 3) takes it while the tables the question reads are at revision %s',
		async (own, shown) => {
			startFirstAnswers('', '/data', { ...files({ version: 'abc' }, FILE), ownExtracts: async () => 0 });
			await settle();
			const target = await probeWithSilentEngine({ revision: () => 3, revisionOf: () => own });
			expect(target.querySelector('output')?.textContent ?? null).toBe(shown);
		}
	);
});
