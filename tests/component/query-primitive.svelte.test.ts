import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { Columns, Query, Runner } from '../../src/lib/queries/sql';
import { querySourceContext } from '../../src/lib/state/query-source';
import BoundaryHost from './fixtures/BoundaryHost.svelte';
import QueryProbe from './fixtures/QueryProbe.svelte';
import { button, fakeRunner, render, settle } from './helpers/fake-source';

let cleanup = () => {};
afterEach(() => cleanup());

/** A runner whose answers arrive in the order the test releases them. */
function manualRunner() {
	const pending = new Map<number, () => void>();
	const runner: Runner = {
		run<R>(q: Query<R>) {
			const v = q.sql.params[0] as number;
			return new Promise<Columns<R>>((resolve) =>
				pending.set(v, () => resolve({ v: [v], length: 1 } as unknown as Columns<R>))
			);
		}
	};
	return { runner, release: (v: number) => pending.get(v)!() };
}

describe('useQuery', () => {
	it('shows the newest answer: a slow earlier one arriving late is ignored', async () => {
		const { runner, release } = manualRunner();
		const target = document.body.appendChild(document.createElement('div'));
		const props = $state({ v: 1 });
		const app = mount(QueryProbe, { target, props, context: querySourceContext({ runner, revision: () => 1 }) });
		cleanup = () => void unmount(app);
		flushSync();
		expect(target.textContent).toContain('Hämtar…');
		props.v = 2;
		flushSync();
		release(2);
		await settle();
		expect(target.querySelector('output')?.textContent).toBe('2');
		release(1);
		await settle();
		expect(target.querySelector('output')?.textContent).toBe('2');
	});

	it('asks a recomputed but identical question once, and says which question the rows answer', async () => {
		const { runner, release } = manualRunner();
		const asked: number[] = [];
		const counting: Runner = {
			run: (q) => (asked.push(q.sql.params[0] as number), runner.run(q))
		};
		const target = document.body.appendChild(document.createElement('div'));
		const props = $state({ v: 1, tag: 'a' });
		const app = mount(QueryProbe, {
			target,
			props,
			context: querySourceContext({ runner: counting, revision: () => 1 })
		});
		cleanup = () => void unmount(app);
		flushSync();
		release(1);
		await settle();
		const out = () => target.querySelector('output')!;
		expect(out().dataset.current).toBe('true');
		props.tag = 'b';
		await settle();
		expect(asked).toEqual([1]);
		expect(out().dataset.tag).toBe('b');
		// A new question: the old rows stay, labelled with their own question, and are not current.
		props.v = 2;
		props.tag = 'c';
		await settle();
		expect(asked).toEqual([1, 2]);
		expect(out().textContent).toBe('1');
		expect(out().dataset.tag).toBe('b');
		expect(out().dataset.current).toBe('false');
		release(2);
		await settle();
		expect(out().textContent).toBe('2');
		expect(out().dataset.tag).toBe('c');
		expect(out().dataset.current).toBe('true');
	});

	it('remembers recent answers: a question seen again is shown at once, until the data change', async () => {
		const { runner, release } = manualRunner();
		const asked: number[] = [];
		const counting: Runner = { run: (q) => (asked.push(q.sql.params[0] as number), runner.run(q)) };
		let revision = $state(1);
		const target = document.body.appendChild(document.createElement('div'));
		const props = $state({ v: 1, remember: 2 });
		const app = mount(QueryProbe, {
			target,
			props,
			context: querySourceContext({ runner: counting, revision: () => revision })
		});
		cleanup = () => void unmount(app);
		const out = () => target.querySelector('output')!;
		flushSync();
		release(1);
		await settle();
		props.v = 2;
		await settle();
		release(2);
		await settle();
		// Back to 1: shown in the same update, not asked again.
		props.v = 1;
		flushSync();
		expect(out().textContent).toBe('1');
		expect(out().dataset.current).toBe('true');
		expect(asked).toEqual([1, 2]);
		// 2 is still running when 1 is shown: its late answer is ignored.
		props.v = 3;
		await settle();
		props.v = 2;
		flushSync();
		expect(out().textContent).toBe('2');
		release(3);
		await settle();
		expect(out().textContent).toBe('2');
		expect(asked).toEqual([1, 2, 3]);
		// New data: nothing kept is reused.
		revision = 2;
		await settle();
		expect(asked).toEqual([1, 2, 3, 2]);
	});

	it('waits while data are not ready and asks again when the revision changes', async () => {
		const { runner, asked } = fakeRunner((q) => [{ v: q.sql.params[0] as number }]);
		let revision = $state<number | null>(null);
		const target = document.body.appendChild(document.createElement('div'));
		const app = mount(QueryProbe, {
			target,
			props: { v: 7 },
			context: querySourceContext({ runner, revision: () => revision })
		});
		cleanup = () => void unmount(app);
		await settle();
		expect(asked).toHaveLength(0);
		revision = 1;
		await settle();
		expect(asked).toHaveLength(1);
		revision = 2;
		await settle();
		expect(asked).toHaveLength(2);
		expect(target.querySelector('output')?.textContent).toBe('7');
	});

	it('with per-table revisions, asks again only when a table the question reads changed', async () => {
		const { runner, asked } = fakeRunner((q) => [{ v: q.sql.params[0] as number }]);
		// As the loader: any change bumps `revision`; the question's own tables bump its `revisionOf`.
		let revision = $state(1);
		let own = $state(0);
		const source = { runner, revision: () => revision, revisionOf: (sql: string) => (sql === 'SELECT ?' ? own : 99) };
		const target = document.body.appendChild(document.createElement('div'));
		const app = mount(QueryProbe, { target, props: { v: 3 }, context: querySourceContext(source) });
		cleanup = () => void unmount(app);
		await settle();
		expect(asked).toHaveLength(1);
		revision = 2; // another table changed (Kolada arrived): not this question's
		await settle();
		expect(asked).toHaveLength(1);
		revision = 3;
		own = 1; // one of its own tables changed: asked again
		await settle();
		expect(asked).toHaveLength(2);
		expect(target.querySelector('output')?.textContent).toBe('3');
	});
});

describe('when the data cannot be loaded at all', () => {
	it('says so with the cause and a retry instead of waiting for ever', async () => {
		let reloads = 0;
		const { runner, asked } = fakeRunner(() => []);
		const target = document.body.appendChild(document.createElement('div'));
		const source = {
			runner,
			revision: () => null,
			loadError: () => 'Kunde inte hämta manifest.json (404)',
			reload: () => reloads++
		};
		const app = mount(QueryProbe, { target, props: { v: 1 }, context: querySourceContext(source) });
		cleanup = () => void unmount(app);
		await settle();
		expect(asked).toHaveLength(0);
		expect(target.textContent).not.toContain('Hämtar…');
		expect(target.querySelector('[data-testid="error-notice"]')?.textContent).toContain('manifest.json (404)');
		button(target, 'Försök igen').click();
		expect(reloads).toBe(1);
	});
});

describe('a section boundary', () => {
	it('keeps an error inside its section, says what failed, and draws again on "Försök igen"', async () => {
		const state = { fail: true };
		const view = await render(BoundaryHost, { state }, fakeRunner(() => []).runner);
		cleanup = view.destroy;
		const notice = view.target.querySelector('[data-testid="error-notice"]');
		expect(notice?.querySelector('.title')?.textContent).toBe('Det gick inte att visa testavsnittet.');
		expect(notice?.querySelector('details')?.textContent).toContain('ritningen misslyckades');
		expect(view.target.textContent).toContain('resten av sidan');
		state.fail = false;
		button(view.target, 'Försök igen').click();
		await settle();
		expect(view.target.querySelector('[data-testid="error-notice"]')).toBeNull();
		expect(view.target.textContent).toContain('ritat');
	});
});
