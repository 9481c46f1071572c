import { fetchManifest, loadBundledData, loadKolada, type LoadProgress } from '$lib/db/load';
import type { Manifest } from '$lib/schema/manifest';
import { clearQueryCache } from '$lib/db/run';

type Phase = 'idle' | 'loading' | 'ready' | 'error';

/** Whether the bundled extracts are in DuckDB yet. Views wait on `ready` before they query. */
class DataStatus {
	phase = $state<Phase>('idle');
	progress = $state<LoadProgress | undefined>(undefined);
	manifest = $state<Manifest | undefined>(undefined);
	error = $state<string | undefined>(undefined);
	startedAt = 0;
	readyMs = $state<number | undefined>(undefined);
	/** Bumped when a user's extract is added, so every view asks its questions again. */
	revision = $state(0);
	#ready: Promise<void> | undefined;
	/** Kolada's national comparison: 'absent' when the build had none (npm run data:kolada). */
	kolada = $state<'absent' | 'loading' | 'ready' | 'error'>('absent');
	koladaValues = $state(0);
	koladaMs = $state<number | undefined>(undefined);
	koladaError = $state<string | undefined>(undefined);

	/** The data revision once data are queryable, else null: views re-query when it changes. */
	get ready(): number | null {
		return this.phase === 'ready' ? this.revision : null;
	}

	/** A user's own extract was added or removed: every view asks its questions again. */
	userDataChanged(): void {
		this.#changed();
	}

	#changed(): void {
		clearQueryCache();
		this.revision++;
	}

	/** Start once per page load; later callers get the same promise. */
	start(base: string): Promise<void> {
		this.#ready ??= this.#load(base);
		return this.#ready;
	}

	async #load(base: string): Promise<void> {
		this.phase = 'loading';
		this.startedAt = performance.now();
		try {
			this.manifest = await fetchManifest(base);
			await loadBundledData(base, this.manifest, (p) => (this.progress = p));
			this.readyMs = Math.round(performance.now() - this.startedAt);
			// A named mark so `npm run bench` can read when the data became queryable.
			performance.mark('tertial:data-ready');
			this.phase = 'ready';
			// Own extracts kept in this browser load after Kolada, whose list names every kommun.
			void this.#loadKolada(base).finally(() => import('$lib/import/own-data.svelte').then((m) => m.ownData.restore()));
		} catch (e) {
			this.error = e instanceof Error ? e.message : String(e);
			this.phase = 'error';
			throw e;
		}
	}

	/** In the background: views that show Kolada re-query when it lands (revision bump). */
	async #loadKolada(base: string): Promise<void> {
		const kolada = this.manifest?.kolada;
		if (!kolada) return;
		this.kolada = 'loading';
		const started = performance.now();
		try {
			this.koladaValues = await loadKolada(base, kolada);
			this.koladaMs = Math.round(performance.now() - started);
			performance.mark('tertial:kolada-ready');
			this.kolada = 'ready';
			this.#changed();
		} catch (e) {
			// The documents' own figures stay usable; only the national comparison is missing.
			this.koladaError = e instanceof Error ? e.message : String(e);
			this.kolada = 'error';
		}
	}
}

export const dataStatus = new DataStatus();
