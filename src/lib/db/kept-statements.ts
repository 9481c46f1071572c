import type { Sql } from '$lib/queries/sql';
import type { Statement } from './engine';
import type { QueryResult } from './query-result';

/** How many statements are kept: Jämför's comparison is one SQL text per normalisation, ours and Kolada's (12). */
export const KEPT_STATEMENTS = 12;

/**
 * A question asked at every click (Query.keep) keeps its prepared statement, by SQL text: asked
 * again with new parameters (another kommun, year, measure) it costs one message to DuckDB's
 * worker instead of three (prepare, run, close), each of which waited for the page's thread
 * between a click's other work. DuckDB binds a kept statement again at every run (to its
 * parameters, and to the tables as they are then: a table replaced by a load is read as it is
 * now). It also holds its last run's operator state (hash tables) until the next run or its close,
 * which is why only small questions are kept, and few. The least recently asked is closed beyond
 * the limit; one that fails is closed and forgotten, so it is prepared afresh next time.
 */
export class KeptStatements {
	readonly #kept = new Map<string, Promise<Statement>>();
	constructor(
		/** The connection's prepare, handed over by the connection module (the only one that talks to the engine). */
		private readonly prepare: (text: string) => Promise<Statement>,
		private readonly limit = KEPT_STATEMENTS
	) {}

	async table(q: Sql): Promise<QueryResult> {
		let stmt = this.#kept.get(q.text);
		if (stmt) this.#kept.delete(q.text);
		else stmt = this.prepare(q.text);
		// Most recently asked last: the Map's order is the eviction order.
		this.#kept.set(q.text, stmt);
		if (this.#kept.size > this.limit) {
			const [oldest, evicted] = this.#kept.entries().next().value!;
			this.#kept.delete(oldest);
			void evicted.then((s) => s.close()).catch(() => {});
		}
		try {
			return await (await stmt).query(...q.params);
		} catch (e) {
			if (this.#kept.get(q.text) === stmt) this.#kept.delete(q.text);
			void stmt.then((s) => s.close()).catch(() => {});
			throw e;
		}
	}

	get size(): number {
		return this.#kept.size;
	}
}
