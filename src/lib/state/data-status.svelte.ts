import {
	createPlaceholders,
	createViews,
	dataRoot,
	declaredColumns,
	fetchIpc,
	loadBatch,
	loadBatchStaged,
	type Incoming,
	type LoadProgress
} from '$lib/db/load';
import { versionedUrl } from '$lib/db/versioned-fetch';
import type { Manifest } from '$lib/schema/manifest';
import { fetchManifest } from '$lib/db/manifest-fetch';
import { clearQueryCache, setQueryGate } from '$lib/db/run';
import { engine } from '$lib/db/engine';
import { appTableDeps, PROTECTED_INPUTS, WITH_PROTECTED_INPUTS } from '$lib/db/protected-deps';
import type { TableDeps } from '$lib/db/table-deps';
import { KOLADA_TABLES } from '$lib/schema/kolada-tables';
import { TABLE_NAMES } from '$lib/schema/table-names';
import { TableNeeds } from './table-needs';
import { TabSelection } from './tab-selection';

type Phase = 'loading' | 'ready' | 'error';
const KOLADA = new Set<string>(KOLADA_TABLES);

/** What a user's file is checked against and appended to: loaded before any import or restore. */
export const IMPORT_TABLES: readonly string[] = [...TABLE_NAMES.filter((t) => t !== 'goals'), 'kolada_municipalities'];

/**
 * The engine, and which tables are in it. `ready` turns non-null as soon as every table exists
 * (empty) and the protected facts and views are defined; each query then waits for exactly the
 * tables it reads (the runner's gate), so a view's first paint never waits for tables it does not
 * use. Loaded tables stay for the whole visit (client-side navigation keeps this module).
 */
class DataStatus {
	progress = $state<LoadProgress | undefined>(undefined);
	manifest = $state<Manifest | undefined>(undefined);
	error = $state<string | undefined>(undefined);
	startedAt = 0;
	readyMs = $state<number | undefined>(undefined);
	/** Bumped on any change (a user's extract, more kommuner, Kolada): for readers outside the query runner. */
	revision = $state(0);
	/** Bumped when any table may have changed (a user's extract, more kommuner): every question is asked again. */
	#everything = $state(0);
	/** Per base table, bumped when it changed under answers already given (Kolada arriving). */
	#changes = $state<Record<string, number>>({});
	/** Per table: true once loaded. */
	tables = $state<Record<string, boolean>>({});
	#schema = $state(false);
	/** Needs of the documents' tables not yet met (Kolada has its own status). */
	#waiting = $state(0);
	/** The views' first questions have been asked (one task after the engine was up). */
	#settled = $state(false);
	#everReady = false;
	#started: Promise<void> | undefined;
	#needs: TableNeeds | undefined;
	#deps: TableDeps | undefined;
	#asked = 0;
	#done = 0;
	#base = '';
	#selection: TabSelection | undefined;
	#prefetched = new Map<string, Promise<Incoming>>();
	#views: Promise<void> | undefined;
	#kolada: Promise<void> | undefined;
	#askable: Promise<void> | undefined;
	#canAsk: { resolve: () => void; reject: (e: unknown) => void } | undefined;
	/** Kolada's national comparison: 'absent' when the build had none, 'idle' until a view shows it. */
	kolada = $state<'absent' | 'idle' | 'loading' | 'ready' | 'error'>('absent');
	koladaValues = $state(0);
	koladaMs = $state<number | undefined>(undefined);
	koladaError = $state<string | undefined>(undefined);
	/**
	 * Own extracts kept in this browser: 'checking' until the store was read, then 'none', or
	 * 'restoring' and 'done' once they are back in (or could not be); `ownChanged` is the revision
	 * of the last change to them, so an answer asked at it or later includes them.
	 */
	own = $state<'checking' | 'none' | 'restoring' | 'done'>('checking');
	ownChanged = $state(0);

	/**
	 * 'ready' once the engine is up and the tables the first view asked for are loaded; it stays
	 * 'ready' while later tables load (see `loadingMore`), so it never flips back under a reader.
	 */
	get phase(): Phase {
		if (this.error) return 'error';
		if (this.#everReady) return 'ready';
		if (!this.#settled || this.#waiting > 0) return 'loading';
		this.#everReady = true;
		return 'ready';
	}

	/** Tables are being loaded for what a view just asked (after the first view was ready). */
	get loadingMore(): boolean {
		return this.#schema && this.#waiting > 0;
	}

	/** The data revision once the tables are defined (queries wait for their own), else null. */
	get ready(): number | null {
		return this.#schema ? this.revision : null;
	}

	/**
	 * Reactive: the revision of what `sqlText` reads (its base tables, through views and the
	 * protected facts) once the tables are defined, else null. A question keyed on it is asked again
	 * when its own tables change, not when Kolada arrives for a view that does not read it.
	 */
	revisionFor(sqlText: string): number | null {
		if (!this.#schema) return null;
		let r = this.#everything;
		for (const t of this.#deps!.tablesOf(sqlText)) r += this.#changes[t] ?? 0;
		return r;
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
		const own = tables.filter((t) => !KOLADA.has(t));
		const counted = own.some((t) => !this.tables[t]);
		if (counted) this.#waiting++;
		try {
			await this.#asking();
			// The protected facts are built over all their inputs at once, never over a part; the
			// lookup tables read beside them come along (WITH_PROTECTED_INPUTS).
			const expanded = own.some((t) => PROTECTED_INPUTS.includes(t))
				? [...own, ...PROTECTED_INPUTS, ...WITH_PROTECTED_INPUTS]
				: own;
			const kolada = tables.filter((t) => KOLADA.has(t));
			await Promise.all([this.#needs!.need(expanded), kolada.length ? this.#needs!.need(kolada) : undefined]);
		} finally {
			if (counted) this.#waiting--;
		}
	}

	/** Every table in, Kolada too (tests and the bench compare whole contents). */
	async settle(): Promise<void> {
		await this.start(this.#base);
		await Promise.all([this.need(Object.keys(this.manifest!.tables)), this.wantKolada()]);
	}

	/** A user's own extract was added or removed: every view asks its questions again. */
	userDataChanged(): void {
		this.#changed();
		this.ownChanged = this.revision;
	}

	/** `tables` changed (undefined: anything may have): answers that read them are asked again. */
	#changed(tables?: readonly string[]): void {
		if (tables) {
			const deps = this.#deps!;
			clearQueryCache((sql) => [...deps.tablesOf(sql)].some((t) => tables.includes(t)));
			for (const t of tables) this.#changes[t] = (this.#changes[t] ?? 0) + 1;
		} else {
			clearQueryCache();
			this.#everything++;
		}
		this.revision++;
	}

	/** Start once per page load; later callers get the same promise. */
	start(base: string): Promise<void> {
		this.#base = base;
		if (!this.#started) {
			this.#askable = new Promise((resolve, reject) => (this.#canAsk = { resolve, reject }));
			this.#askable.catch(() => {});
			this.#started = this.#start(base);
		}
		return this.#started;
	}

	/** Until tables can be asked for (the manifest is in): the engine may still be starting. */
	#asking(): Promise<void> {
		void this.start(this.#base).catch(() => {});
		return this.#askable!;
	}

	async #start(base: string): Promise<void> {
		this.startedAt = performance.now();
		try {
			const root = dataRoot(base, location.search);
			// The engine (worker, wasm download and compile) starts now, beside the manifest.
			const started = engine();
			started.catch(() => {});
			const manifest = await fetchManifest(base, root);
			this.manifest = manifest;
			this.#selection = new TabSelection(
				root,
				manifest,
				{
					settledFor: (ts) => this.#needs!.settledFor(ts),
					changed: () => this.#changed(),
					waiting: (d) => (this.#waiting += d)
				},
				location.search
			);
			if (manifest.kolada) this.kolada = 'idle';
			this.#deps = appTableDeps();
			// Every base table a question can read, so a revision read before a change is tracked.
			this.#changes = Object.fromEntries([...TABLE_NAMES, ...KOLADA_TABLES].map((t) => [t, 0]));
			// Queued first on the connection: every later job finds the tables defined. The views are
			// built by the first batch (or on demand, #viewsDefined) instead of over empty tables first.
			const defined = createPlaceholders([...Object.keys(manifest.tables), ...KOLADA_TABLES], { views: false });
			this.#needs = new TableNeeds({
				loadBatch: async (ts) => {
					const incoming = ts.map((t) => this.#take(t));
					const batch = (async () => {
						// Kolada alone, once the views exist, is staged table by table: views' questions run between.
						if (this.#views && ts.every((t) => KOLADA.has(t))) await loadBatchStaged(await Promise.all(incoming));
						// Otherwise each table is staged as it arrives, then all swapped in at once (loadBatch).
						else await loadBatch(incoming);
					})();
					this.#views ??= batch.catch(() => createViews());
					await batch;
				},
				prefetch: (t) => void this.#incoming(t).catch(() => {}),
				until: () => defined,
				onChange: (t, s, e) => this.#tableChanged(t, s, e)
			});
			setQueryGate((sql) => this.#gate(sql));
			this.#canAsk?.resolve();
			// The views ask their first questions now; each waits at the gate for the tables it reads,
			// whose fetch and decode run while the engine is still starting.
			this.#schema = true;
			setTimeout(() => (this.#settled = true), 0);
			void this.#restoreOwnData();
			await defined;
			this.readyMs = Math.round(performance.now() - this.startedAt);
			// A named mark so `npm run bench` can read when the engine became queryable.
			performance.mark('tertial:data-ready');
		} catch (e) {
			this.error = e instanceof Error ? e.message : String(e);
			this.#canAsk?.reject(e);
			throw e;
		}
	}

	/** A table's rows, fetched and decoded once from the moment it is asked for (a failure is not kept). */
	#incoming(name: string): Promise<Incoming> {
		let p = this.#prefetched.get(name);
		if (!p) {
			const fetched = this.#fetch(name);
			fetched.catch(() => this.#prefetched.get(name) === fetched && this.#prefetched.delete(name));
			this.#prefetched.set(name, fetched);
			p = fetched;
		}
		return p;
	}

	/** Taken by its batch: a later reload of the table fetches again. */
	#take(name: string): Promise<Incoming> {
		const p = this.#incoming(name);
		this.#prefetched.delete(name);
		return p;
	}

	/** The views exist once the first batch has loaded; a query that reads no loadable table builds them itself. */
	#viewsDefined(): Promise<void> {
		return (this.#views ??= createViews());
	}

	/** One table's rows, fetched and decoded (Kolada's here; the extracts' by the tab's selection). */
	async #fetch(name: string): Promise<Incoming> {
		if (!KOLADA.has(name)) return this.#selection!.fetch(name);
		const columns = declaredColumns(name);
		const t = this.manifest?.kolada?.tables[name as keyof NonNullable<Manifest['kolada']>['tables']];
		if (!t) return { name, ipcs: [], columns };
		return {
			name,
			ipcs: [await fetchIpc(versionedUrl(`${this.#base}/data/kolada/${t.file}`, t.sha256))],
			columns
		};
	}

	/** Before a query runs: wait for the tables it reads; Kolada's start loading but never block. */
	async #gate(sql: string): Promise<void> {
		await this.#selection!.cover(location.search);
		const tables = [...this.#deps!.tablesOf(sql)];
		if (tables.some((t) => KOLADA.has(t))) void this.wantKolada().catch(() => {});
		await this.need(tables.filter((t) => !KOLADA.has(t)));
		await this.#viewsDefined();
	}

	#tableChanged(table: string, state: 'loading' | 'loaded' | 'error', error?: unknown): void {
		if (state === 'loading') this.#asked++;
		else this.#done++;
		if (state === 'loaded') {
			this.tables[table] = true;
			performance.mark(`tertial:table:${table}`);
		} else if (state === 'error' && !KOLADA.has(table)) {
			this.error = error instanceof Error ? error.message : `${table} kunde inte läsas in`;
		}
		this.progress = { table, done: this.#done, total: this.#asked };
	}

	/** Kolada's four tables, loaded the first time a view shows the national comparison. */
	wantKolada(): Promise<void> {
		const kolada = this.manifest?.kolada;
		if (!kolada || !this.#needs || this.kolada === 'ready') return Promise.resolve();
		const names = Object.keys(kolada.tables);
		if (this.kolada === 'idle' || this.kolada === 'error') {
			this.kolada = 'loading';
			const started = performance.now();
			const needs = this.#needs;
			// Fetched now, loaded after the view's own tables: their first answers never wait for Kolada,
			// and the load is staged (loadBatchStaged) so later questions run between its steps.
			needs.prefetch(names);
			this.#kolada = needs.settled().then(() => {
				performance.mark('tertial:kolada-load');
				return needs.need(names);
			});
			this.#kolada
				.then(() => {
					this.koladaValues = kolada.tables.kolada_values?.rows ?? 0;
					this.koladaMs = Math.round(performance.now() - started);
					performance.mark('tertial:kolada-ready');
					this.kolada = 'ready';
					this.#changed(names);
				})
				.catch((e: unknown) => {
					// The documents' own figures stay usable; only the national comparison is missing.
					this.koladaError = e instanceof Error ? e.message : String(e);
					this.kolada = 'error';
				});
		}
		return this.#kolada ?? this.#needs.need(names);
	}

	/**
	 * Own extracts kept in this browser go back in once the tables they are checked against and
	 * appended to are loaded (Kolada's kommun list among them, not the rest of Kolada).
	 */
	async #restoreOwnData(): Promise<void> {
		try {
			const { ownStore } = await import('$lib/import/persist');
			if ((await (await ownStore()).list()).length === 0) {
				this.own = 'none';
				return;
			}
			this.own = 'restoring';
			await this.need(IMPORT_TABLES);
			const { ownData } = await import('$lib/import/own-data.svelte');
			await ownData.restore();
		} catch (e) {
			console.error('Tertial: egna filer kunde inte läsas in igen', e);
		}
		this.own = 'done';
	}
}

export const dataStatus = new DataStatus();
