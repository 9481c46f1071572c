/**
 * Per-table readiness: a table is fetched and loaded the first time something needs it, once per
 * page (client-side navigation keeps the engine and every loaded table). Every table asked for
 * while the engine starts, while another batch loads, or in the same turn loads in ONE batch: one
 * rebuild of what is derived from them, not one per question a view asks.
 */
export type TableNeedsOptions = {
	/** Fetch and load these tables (replacing their empty placeholders) and rebuild what derives from them. */
	loadBatch: (tables: string[]) => Promise<void>;
	/** Told when a table starts and finishes loading (status bar, marks). */
	onChange?: (table: string, state: 'loading' | 'loaded' | 'error', error?: unknown) => void;
	/** Called once per table as soon as it is asked for: its fetch and decode need not wait for the batch. */
	prefetch?: (table: string) => void;
	/** A batch starts no earlier than this (the engine being up), so the first view's tables load together. */
	until?: () => Promise<unknown>;
};

export class TableNeeds {
	readonly #loads = new Map<string, Promise<void>>();
	readonly #loaded = new Set<string>();
	#pending: string[] = [];
	#next: Promise<void> | undefined;
	#running: Promise<unknown> = Promise.resolve();

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
			this.#pending.push(...missing);
			this.#next ??= this.#nextBatch();
			const batch = this.#next;
			for (const t of missing) {
				// A failed table may be asked for again (a later view, a retry).
				batch.catch(() => this.#loads.delete(t));
				this.#loads.set(t, batch);
				this.options.onChange?.(t, 'loading');
				this.options.prefetch?.(t);
			}
		}
		return Promise.all(wanted.map((t) => this.#loads.get(t)!)).then(() => undefined);
	}

	/** Resolves when the loads of `tables` asked for so far have finished (loaded or failed). */
	settledFor(tables: Iterable<string>): Promise<void> {
		return Promise.allSettled([...tables].map((t) => this.#loads.get(t))).then(() => undefined);
	}

	/** Start fetching and decoding these now; they load with whichever batch later needs them. */
	prefetch(tables: Iterable<string>): void {
		for (const t of tables) if (!this.#loads.has(t)) this.options.prefetch?.(t);
	}

	/** Resolves once the engine is up and nothing asked for so far is waiting or loading. */
	async settled(): Promise<void> {
		await this.options.until?.();
		await new Promise((r) => setTimeout(r, 0));
		for (;;) {
			const running = this.#running;
			await running.catch(() => undefined);
			if (running === this.#running) return;
		}
	}

	/** The next batch: it gathers what is asked for until the engine is up and the previous batch is done. */
	#nextBatch(): Promise<void> {
		const previous = this.#running;
		const run = (async () => {
			let waited: unknown = undefined;
			try {
				await Promise.all([previous.catch(() => undefined), this.options.until?.()]);
				await new Promise((r) => setTimeout(r, 0));
			} catch (e) {
				waited = e ?? new Error('motorn startade inte');
			}
			const tables = this.#pending;
			this.#pending = [];
			this.#next = undefined;
			await this.#loadBatch(tables, waited);
		})();
		this.#running = run;
		return run;
	}

	async #loadBatch(tables: string[], failed?: unknown): Promise<void> {
		const { loadBatch, onChange } = this.options;
		try {
			if (failed) throw failed;
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
