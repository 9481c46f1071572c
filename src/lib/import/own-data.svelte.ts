import { dataStatus } from '$lib/state/data-status.svelte';
import { removeRows } from './db-writes';
import { ImportJob } from './job.svelte';
import { ownStore, type StoredExtract } from './persist';

/** The user's own extracts: files being imported now, and those kept in this browser. */
class OwnData {
	jobs = $state<ImportJob[]>([]);
	list = $state<StoredExtract[]>([]);
	/** Files kept from an earlier visit that could not be loaded again, with why. */
	restoreProblems = $state<string[]>([]);
	restoring = $state(false);
	#restored: Promise<void> | undefined;

	/** Several files at once: each gets its own worker and card; none waits for another to be read. */
	add(files: Iterable<File>): void {
		for (const file of files) {
			const job = new ImportJob(
				file,
				(meta) => this.#loaded(meta),
				() => [
					...this.list.map((m) => m.file),
					...this.jobs.filter((j) => j.phase === 'loading').map((j) => j.file.name)
				]
			);
			this.jobs = [job, ...this.jobs];
			job.start().catch((e: unknown) => job.fail(e));
		}
	}

	dismiss(job: ImportJob): void {
		job.cancel();
		this.jobs = this.jobs.filter((j) => j !== job);
	}

	async remove(id: string): Promise<void> {
		const meta = this.list.find((m) => m.id === id);
		if (!meta) return;
		const stillUsed = new Set(this.list.filter((m) => m.id !== id).flatMap((m) => m.addedKommuner ?? []));
		await removeRows(
			meta.file,
			meta.tables,
			(meta.addedKommuner ?? []).filter((k) => !stillUsed.has(k))
		);
		await (await ownStore()).remove(id);
		this.list = this.list.filter((m) => m.id !== id);
		this.jobs = this.jobs.filter((j) => j.file.name !== meta.file);
		dataStatus.userDataChanged();
	}

	/** For a shared computer: every own file out of the tables and out of this browser's storage. */
	async clearAll(): Promise<void> {
		for (const m of [...this.list].reverse()) await this.remove(m.id);
		await (await ownStore()).clear();
		this.list = [];
		this.restoreProblems = [];
		this.jobs = [];
		try {
			for (const k of Object.keys(localStorage)) if (k.startsWith('tertial:koppling:')) localStorage.removeItem(k);
		} catch {
			// Storage disabled: nothing was saved there either.
		}
	}

	/** Once per page load, after the bundled data (and Kolada's kommun list): load what was kept. */
	restore(): Promise<void> {
		this.#restored ??= this.#restore();
		return this.#restored;
	}

	async #restore(): Promise<void> {
		const store = await ownStore();
		const kept = await store.list();
		if (kept.length === 0) return;
		this.restoring = true;
		try {
			for (const meta of kept) {
				const blob = await store.blob(meta.id);
				if (!blob) {
					this.restoreProblems = [
						...this.restoreProblems,
						`${meta.file}: filen finns inte längre sparad i webbläsaren`
					];
					continue;
				}
				const job = new ImportJob(
					new File([blob], meta.file),
					(m) => this.#loaded(m),
					() => [],
					meta
				);
				await job.start().catch((e: unknown) => job.fail(e));
				if (job.phase !== 'done')
					this.restoreProblems = [
						...this.restoreProblems,
						`${meta.file}: ${job.refusal ?? `${job.problems.length} rader godkänns inte längre`}`
					];
			}
		} finally {
			this.restoring = false;
		}
	}

	#loaded(meta: StoredExtract): void {
		this.list = [...this.list.filter((m) => m.id !== meta.id), meta];
		dataStatus.userDataChanged();
	}
}

export const ownData = new OwnData();
