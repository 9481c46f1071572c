import type { Columns, Query, Runner } from '$lib/queries/sql';
import { dataStatus } from './data-status.svelte';

/**
 * The latest answer to a question whose inputs change (filters, selections). Only the newest
 * request may write its result: a slow earlier query finishing late is ignored, never shown.
 */
export class QueryState<Row> {
	#generation = 0;
	data = $state<Columns<Row> | undefined>(undefined);
	error = $state<string | undefined>(undefined);
	loading = $state(false);
	/** How many answers have been shown: `npm run bench` waits for the next one after an interaction. */
	answers = $state(0);

	async load(runner: Runner, query: Query<Row>): Promise<void> {
		// Read synchronously so the calling $effect re-runs when a user's extract changes the data.
		void dataStatus.revision;
		const generation = ++this.#generation;
		this.loading = true;
		try {
			const result = await runner.run(query);
			if (generation !== this.#generation) return;
			this.data = result;
			this.error = undefined;
			this.answers++;
		} catch (e) {
			if (generation !== this.#generation) return;
			this.error = e instanceof Error ? e.message : String(e);
		} finally {
			if (generation === this.#generation) this.loading = false;
		}
	}
}
