import { flushSync, mount, tick, unmount, type Component } from 'svelte';
import type { Columns, Query, Runner } from '../../../src/lib/queries/sql';
import { querySourceContext } from '../../../src/lib/state/query-source';

type Answer = Record<string, unknown>[] | Error;

/** A runner that answers from the test's table (by the query's purpose) and records what was asked. */
export function fakeRunner(answer: (query: Query<unknown>) => Answer) {
	const asked: Query<unknown>[] = [];
	const runner: Runner = {
		async run<Row>(query: Query<Row>): Promise<Columns<Row>> {
			asked.push(query as Query<unknown>);
			const rows = answer(query as Query<unknown>);
			if (rows instanceof Error) throw rows;
			const cols: Record<string, unknown> = { length: rows.length };
			for (const c of query.columns) cols[c] = rows.map((r) => r[c]);
			return cols as Columns<Row>;
		}
	};
	return { runner, asked };
}

/** Let queued promises and effects run until the view has settled. */
export async function settle(): Promise<void> {
	for (let i = 0; i < 10; i++) {
		await new Promise((r) => setTimeout(r, 0));
		flushSync();
		await tick();
	}
}

/** Mount a component with a fake query source (data ready at revision 1), as the layout would provide it. */
export async function render<Props extends Record<string, unknown>>(
	component: Component<Props>,
	props: Props,
	runner: Runner
): Promise<{ target: HTMLElement; destroy: () => void }> {
	const target = document.body.appendChild(document.createElement('div'));
	const app = mount(component, { target, props, context: querySourceContext({ runner, revision: () => 1 }) });
	await settle();
	return {
		target,
		destroy: () => {
			void unmount(app);
			target.remove();
		}
	};
}

export function button(target: HTMLElement, text: string): HTMLButtonElement {
	const b = [...target.querySelectorAll('button')].find((el) => el.textContent?.trim() === text);
	if (!b) throw new Error(`ingen knapp "${text}"`);
	return b;
}
