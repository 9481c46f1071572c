import { getContext, setContext } from 'svelte';
import type { Runner } from '$lib/queries/sql';

/**
 * Where a view's questions go: the runner, and the data revision to ask again on. The layout
 * provides DuckDB-WASM and the loader's revision; component tests provide a fake.
 */
export type QuerySource = {
	runner: Runner;
	/** The data revision once data are queryable, else null: queries wait, then re-run when it changes. */
	revision: () => number | null;
	/**
	 * The revision of just the tables a question reads (`sqlText`), when the source knows them: a
	 * question is asked again only when its own tables change, not when any table does.
	 */
	revisionOf?: (sqlText: string) => number | null;
	/** Why the data could not be loaded at all (then no query can run), and how to try again. */
	loadError?: () => string | undefined;
	reload?: () => void;
};

const KEY = Symbol('tertial.query-source');

export function provideQuerySource(source: QuerySource): void {
	setContext(KEY, source);
}

export function querySource(): QuerySource {
	const source = getContext<QuerySource | undefined>(KEY);
	if (!source) throw new Error('Ingen frågekälla: provideQuerySource() saknas i layouten.');
	return source;
}

/** The context map a component test mounts with: `mount(C, { target, props, context: querySourceContext(fake) })`. */
export function querySourceContext(source: QuerySource): Map<symbol, QuerySource> {
	return new Map([[KEY, source]]);
}
