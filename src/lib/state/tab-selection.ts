import { declaredColumns, fetchIpc, loadBatch, type Incoming } from '$lib/db/load';
import { fetchPartitions } from '$lib/db/partitions';
import { versionedUrl } from '$lib/db/versioned-fetch';
import { checkRowBudget, missingPartitions, scopeFromUrl, widenScopes, type Scope } from '$lib/db/partition-plan';
import type { Manifest } from '$lib/schema/manifest';

type Hooks = {
	/** Loads of these tables under way have finished (TableNeeds.settledFor). */
	settledFor(tables: string[]): Promise<void>;
	/** Rows were added: every view asks again. */
	changed(): void;
	/** A widening starts (+1) or ends (−1): the status shows "loading more". */
	waiting(delta: 1 | -1): void;
};

/**
 * What the tab holds of the data folder's extracts: the selections (kommuner, years) asked for by
 * URL, the partition files loaded per table, and the rows counted against the tab's limit
 * (MAX_ROWS_IN_TAB, a clear refusal before anything is fetched). DataStatus owns one per visit.
 */
export class TabSelection {
	#scopes: Scope[];
	#parts = new Map<string, Set<string>>();
	#rows = 0;
	#lastSearch: string | undefined;
	#widening: Promise<void> = Promise.resolve();

	constructor(
		private readonly root: string,
		private readonly manifest: Manifest,
		private readonly hooks: Hooks,
		search: string
	) {
		this.#lastSearch = search;
		this.#scopes = [scopeFromUrl(new URLSearchParams(search))];
	}

	/** One extract's rows for the current selection, fetched and decoded; refused beyond the tab's limit. */
	async fetch(name: string): Promise<Incoming> {
		const columns = declaredColumns(name);
		const entry = this.manifest.tables[name];
		if (!entry) return { name, ipcs: [], columns };
		const parts = entry.partitions ? missingPartitions(entry.partitions, this.#scopes, new Set()) : [];
		const rows = entry.partitions ? parts.reduce((s, p) => s + p.rows, 0) : entry.rows;
		// A clear message, never a tab that runs out of memory.
		checkRowBudget(this.#rows, rows);
		this.#rows += rows;
		if (entry.partitions) this.#parts.set(name, new Set(parts.map((p) => p.file)));
		try {
			const ipcs = entry.partitions
				? await fetchPartitions(this.root, entry, parts, Object.keys(columns ?? {}))
				: [await fetchIpc(versionedUrl(`${this.root}/${entry.file}`, entry.sha256))];
			return { name, ipcs, columns };
		} catch (e) {
			this.#rows -= rows;
			this.#parts.delete(name);
			throw e;
		}
	}

	/**
	 * The URL's selection names kommuner (or years) whose partitions are not in the tab: fetch them
	 * for every loaded partitioned table, add them, and protect just those kommuner anew (one job).
	 * Queries wait for it; then every view asks again. Without kommuner in the URL, nothing is added.
	 */
	cover(search: string): Promise<void> {
		if (search === this.#lastSearch) return this.#widening;
		this.#lastSearch = search;
		const next = scopeFromUrl(new URLSearchParams(search));
		this.#widening = this.#widening.catch(() => {}).then(() => this.#widen(next));
		return this.#widening;
	}

	async #widen(next: Scope): Promise<void> {
		const tables = this.manifest.tables;
		const before = this.#scopes;
		// Adopted at once: a table that starts loading from now on fetches the new selection too.
		this.#scopes = widenScopes(before, next, () => Object.values(tables).flatMap((t) => t.partitions ?? []));
		// No selection added: every table in the tab already holds the partitions of every scope kept.
		if (this.#scopes.length === before.length) return;
		const wanted = (name: string) =>
			missingPartitions(tables[name]?.partitions ?? [], this.#scopes, this.#parts.get(name) ?? new Set());
		// Only tables in the tab (or on their way) grow; others load the widened selection when needed.
		if (![...this.#parts.keys()].some((t) => wanted(t).length > 0)) return;
		this.hooks.waiting(1);
		let adding = 0;
		try {
			// Loads under way finish first: what they fetch is then known, never fetched twice.
			await this.hooks.settledFor([...this.#parts.keys()]);
			const batch = [...this.#parts.keys()].map((name) => ({ name, parts: wanted(name) }));
			const rows = batch.reduce((s, t) => s + t.parts.reduce((a, p) => a + p.rows, 0), 0);
			if (rows === 0) return;
			checkRowBudget(this.#rows, rows);
			this.#rows += adding = rows;
			const incoming = await Promise.all(
				batch.map(async ({ name, parts }): Promise<Incoming> => {
					const columns = declaredColumns(name);
					const ipcs = await fetchPartitions(this.root, tables[name]!, parts, Object.keys(columns ?? {}));
					return { name, ipcs, columns, added: [...new Set(parts.map((p) => p.kommun))] };
				})
			);
			await loadBatch(incoming);
			for (const { name, parts } of batch) for (const p of parts) this.#parts.get(name)!.add(p.file);
			this.hooks.changed();
		} catch (e) {
			// Nothing was added (one transaction): the tab holds what it held, and the next query asks again.
			this.#scopes = before;
			this.#rows -= adding;
			this.#lastSearch = undefined;
			throw e;
		} finally {
			this.hooks.waiting(-1);
		}
	}
}
