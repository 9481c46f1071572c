import {
	createPlaceholders,
	createViews,
	dataRoot,
	fetchManifest,
	loadBundledTable,
	loadKoladaTable,
	type LoadProgress
} from '$lib/db/load';
import type { Manifest } from '$lib/schema/manifest';
import { clearQueryCache, setQueryGate } from '$lib/db/run';
import { engine } from '$lib/db/engine';
import { TableDeps, createdName } from '$lib/db/table-deps';
import { VIEWS } from '$lib/queries/views';
import { KOLADA_TABLES } from '$lib/schema/kolada';
import { TableNeeds } from './table-needs';
import { checkRowBudget, plannedRows, scopeFromUrl } from '$lib/db/partitions';

type Phase = 'idle' | 'loading' | 'ready' | 'error';
const KOLADA = new Set<string>(KOLADA_TABLES);

/**
 * The engine, and which tables are in it. `ready` turns non-null as soon as every table exists
 * (empty) and the views are defined; each query then waits for exactly the tables it reads
 * (see `need`), so a view's first paint never waits for tables it does not use.
 */
class DataStatus {
	/** 'loading' while any bundled table is being fetched; the status bar shows it. */
	phase = $state<Phase>('idle');
	progress = $state<LoadProgress | undefined>(undefined);
	manifest = $state<Manifest | undefined>(undefined);
	error = $state<string | undefined>(undefined);
	startedAt = 0;
	readyMs = $state<number | undefined>(undefined);
	/** Bumped when a user's extract is added or Kolada arrives, so every view asks its questions again. */
	revision = $state(0);
	userExtracts = $state<{ file: string; table: string; rows: number }[]>([]);
	/** Per table: true once loaded (reactive per key). */
	tables = $state<Record<string, boolean>>({});
	#schema = $state(false);
	#started: Promise<void> | undefined;
	#needs: TableNeeds | undefined;
	#deps: TableDeps | undefined;
	#inFlight = new Set<string>();
	#asked = 0;
	#base = '';
	/** Rows loaded or on their way into this tab (the limit is checked before each table). */
	#rows = 0;
	/** Kolada's national comparison: 'absent' when the build had none, 'idle' until a view shows it. */
	kolada = $state<'absent' | 'idle' | 'loading' | 'ready' | 'error'>('absent');
	koladaValues = $state(0);
	koladaMs = $state<number | undefined>(undefined);
	koladaError = $state<string | undefined>(undefined);

	/** The data revision once the tables are defined (queries wait for their own), else null. */
	get ready(): number | null {
		return this.#schema ? this.revision : null;
	}

	/**
	 * Reactive: the revision once all of `tables` are loaded, else null (and their loading starts).
	 * For code that reads tables outside the query runner; queries through it wait by themselves.
	 */
	readyFor(tables: readonly string[]): number | null {
		const missing = tables.filter((t) => !this.tables[t]);
		if (!this.#schema || missing.length > 0) {
			queueMicrotask(() => void this.need(missing).catch(() => {}));
			return null;
		}
		return this.revision;
	}

	/** Resolves when `tables` are loaded (starting the engine and their loading if need be). */
	async need(tables: readonly string[]): Promise<void> {
		await this.start(this.#base);
		const bundled = tables.filter((t) => !KOLADA.has(t));
		if (tables.some((t) => KOLADA.has(t))) await this.loadKolada();
		await this.#needs!.need(bundled);
	}

	addedUserExtract(file: string, table: string, rows: number): void {
		this.userExtracts = [...this.userExtracts, { file, table, rows }];
		this.#changed();
	}

	#changed(): void {
		clearQueryCache();
		this.revision++;
	}

	/** Start once per page load; later callers get the same promise. */
	start(base: string): Promise<void> {
		this.#base = base;
		this.#started ??= this.#start(base);
		return this.#started;
	}

	async #start(base: string): Promise<void> {
		this.phase = 'loading';
		this.startedAt = performance.now();
		try {
			const root = dataRoot(base, location.search);
			const scope = scopeFromUrl(new URLSearchParams(location.search));
			const [manifest] = await Promise.all([fetchManifest(base, root), engine()]);
			this.manifest = manifest;
			if (manifest.kolada) this.kolada = 'idle';
			const base_tables = [...Object.keys(manifest.tables), ...KOLADA_TABLES];
			const deps = (this.#deps = new TableDeps(base_tables, VIEWS));
			this.#needs = new TableNeeds({
				load: async (t) => {
					if (KOLADA.has(t)) return void (await loadKoladaTable(base, manifest.kolada!, t));
					const entry = manifest.tables[t];
					const rows = entry ? plannedRows(entry, scope) : 0;
					// Refused before anything is fetched: a clear message, never a tab that runs out of memory.
					checkRowBudget(this.#rows, rows);
					this.#rows += rows;
					try {
						await loadBundledTable(root, manifest, t, scope);
					} catch (e) {
						this.#rows -= rows;
						throw e;
					}
				},
				afterBatch: (ts) => rebuildDerived(deps, ts),
				onChange: (t, s, e) => this.#tableChanged(t, s, e)
			});
			await createPlaceholders(manifest);
			setQueryGate((sql) => this.#gate(sql));
			this.readyMs = Math.round(performance.now() - this.startedAt);
			// A named mark so `npm run bench` can read when the engine became queryable.
			performance.mark('tertial:data-ready');
			this.#schema = true;
			if (this.#inFlight.size === 0) this.phase = 'ready';
		} catch (e) {
			this.error = e instanceof Error ? e.message : String(e);
			this.phase = 'error';
			throw e;
		}
	}

	/** Before a query runs: wait for the bundled tables it reads; Kolada's start loading but never block. */
	async #gate(sql: string): Promise<void> {
		const tables = [...this.#deps!.tablesOf(sql)];
		if (tables.some((t) => KOLADA.has(t))) void this.loadKolada().catch(() => {});
		await this.#needs!.need(tables.filter((t) => !KOLADA.has(t)));
	}

	#tableChanged(table: string, state: 'loading' | 'loaded' | 'error', error?: unknown): void {
		if (KOLADA.has(table)) return; // Kolada has its own status
		if (state === 'loading') {
			this.#inFlight.add(table);
			this.#asked++;
			this.phase = 'loading';
		} else {
			this.#inFlight.delete(table);
			if (state === 'loaded') {
				this.tables[table] = true;
				performance.mark(`tertial:table:${table}`);
			} else this.error = error instanceof Error ? error.message : `${table} kunde inte läsas in`;
		}
		this.progress = { table, done: this.#asked - this.#inFlight.size, total: this.#asked };
		if (this.#inFlight.size === 0 && this.#schema) this.phase = state === 'error' ? 'error' : 'ready';
	}

	/** Kolada's four tables, loaded the first time a view shows the national comparison. */
	loadKolada(): Promise<void> {
		const kolada = this.manifest?.kolada;
		if (!kolada || !this.#needs) return Promise.resolve();
		if (this.kolada === 'ready') return Promise.resolve();
		const names = Object.keys(kolada.tables);
		if (this.kolada === 'idle' || this.kolada === 'error') {
			this.kolada = 'loading';
			const started = performance.now();
			this.#needs
				.need(names)
				.then(() => {
					this.koladaValues = kolada.tables.kolada_values?.rows ?? 0;
					this.koladaMs = Math.round(performance.now() - started);
					performance.mark('tertial:kolada-ready');
					this.kolada = 'ready';
					for (const n of names) this.tables[n] = true;
					this.#changed();
				})
				.catch((e: unknown) => {
					// The documents' own figures stay usable; only the national comparison is missing.
					this.koladaError = e instanceof Error ? e.message : String(e);
					this.kolada = 'error';
				});
		}
		return this.#needs.need(names);
	}
}

/** Re-run the CREATE statements derived from the tables just loaded (views rebind by themselves). */
async function rebuildDerived(deps: TableDeps, loaded: string[]): Promise<void> {
	const stale = new Set(loaded.flatMap((t) => deps.dependents(t)));
	if (stale.size === 0) return;
	const statements = VIEWS.filter((s) => stale.has(createdName(s) ?? ''));
	if (statements.length === VIEWS.length) return createViews();
	const { conn } = await engine();
	for (const s of statements) await conn.query(s);
}

export const dataStatus = new DataStatus();
