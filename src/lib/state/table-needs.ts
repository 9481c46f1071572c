/**
 * Per-table readiness: a table is fetched and loaded the first time something needs it, once per
 * page (client-side navigation keeps the engine and every loaded table). Tables asked for
 * together load as one batch (one rebuild of what is derived from them).
 */
export type TableNeedsOptions = {
	/** Fetch and load these tables (replacing their empty placeholders) and rebuild what derives from them. */
	loadBatch: (tables: string[]) => Promise<void>;
	/** Told when a table starts and finishes loading (status bar, marks). */
	onChange?: (table: string, state: 'loading' | 'loaded' | 'error', error?: unknown) => void;
};

export class TableNeeds {
	readonly #loads = new Map<string, Promise<void>>();
	readonly #loaded = new Set<string>();

	constructor(readonly options: TableNeedsOptions) {}

	isLoaded(table: string): boolean {
		return this.#loaded.has(table);
	}

	get loaded(): string[] {
		return [...this.#loaded];
	}

	/** Resolves when every one of `tables` is loaded; starts the ones not yet asked for. */
	need(tables: Iterable<string>): Promise<void> {
		const wanted = [...new Set(tables)];
		const missing = wanted.filter((t) => !this.#loads.has(t));
		if (missing.length > 0) {
			const batch = this.#loadBatch(missing);
			for (const t of missing) {
				// A failed table may be asked for again (a later view, a retry).
				batch.catch(() => this.#loads.delete(t));
				this.#loads.set(t, batch);
			}
		}
		return Promise.all(wanted.map((t) => this.#loads.get(t)!)).then(() => undefined);
	}

	/** Resolves when the loads of `tables` asked for so far have finished (loaded or failed). */
	settled(tables: Iterable<string>): Promise<void> {
		return Promise.allSettled([...tables].map((t) => this.#loads.get(t))).then(() => undefined);
	}

	async #loadBatch(tables: string[]): Promise<void> {
		const { loadBatch, onChange } = this.options;
		for (const t of tables) onChange?.(t, 'loading');
		try {
			await loadBatch(tables);
		} catch (e) {
			for (const t of tables) onChange?.(t, 'error', e);
			throw e;
		}
		for (const t of tables) {
			this.#loaded.add(t);
			onChange?.(t, 'loaded');
		}
	}
}
