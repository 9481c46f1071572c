/**
 * Per-table readiness: a table is fetched and loaded the first time something needs it, once per
 * page (client-side navigation keeps the engine and every loaded table). Tables needed together
 * load in parallel and the derived objects are rebuilt once per batch.
 */
export type TableNeedsOptions = {
	/** Fetch and load one table (replacing its empty placeholder). */
	load: (table: string) => Promise<void>;
	/** After a batch has loaded: rebuild what is derived from it (materialised tables). */
	afterBatch: (tables: string[]) => Promise<void>;
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
		const missing = [...new Set(tables)].filter((t) => !this.#loads.has(t));
		if (missing.length > 0) {
			const batch = this.#loadBatch(missing);
			for (const t of missing) {
				// A failed table may be asked for again (a later view, a retry).
				batch.catch(() => this.#loads.delete(t));
				this.#loads.set(t, batch);
			}
		}
		return Promise.all([...new Set(tables)].map((t) => this.#loads.get(t)!)).then(() => undefined);
	}

	async #loadBatch(tables: string[]): Promise<void> {
		const { load, afterBatch, onChange } = this.options;
		await Promise.all(
			tables.map(async (t) => {
				onChange?.(t, 'loading');
				try {
					await load(t);
				} catch (e) {
					onChange?.(t, 'error', e);
					throw e;
				}
			})
		);
		await afterBatch(tables);
		for (const t of tables) {
			this.#loaded.add(t);
			onChange?.(t, 'loaded');
		}
	}
}
