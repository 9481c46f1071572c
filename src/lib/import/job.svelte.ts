import { loadedDuplicates } from '$lib/db/append';
import { StagedFile } from '$lib/db/staged-file';
import { sumsInDuckdb } from '$lib/db/pivot-input';
import { wasmRunner } from '$lib/db/run';
import type { Catalogue } from './catalogue';
import { loadCatalogue, type KommunRow } from './catalogue-queries';
import { commitExtract } from './db-writes';
import type { RowProblem } from './format';
import { tooLarge } from './limits';
import { saveMapping, savedMapping, suggestChoice, suggestMapping } from './mapping';
import { ownStore, type StoredExtract } from './persist';
import { USER_SOURCE_PREFIX } from './provenance';
import { CHOICES, choiceByKey, formatByKey } from './registry';
import { missingFields, type Mapping } from './validate';
import { FileWorker } from './worker/client';
import type { Checked, ReadSummary } from './worker/protocol';

export type JobPhase = 'reading' | 'mapping' | 'checking' | 'report' | 'loading' | 'done' | 'refused' | 'cancelled';

/**
 * One dropped file's way in: read (worker) → map → check (worker + loaded keys) → report →
 * the user confirms → append. Until `confirm()` the checked rows sit only in staging tables of
 * ours (staged once, as the worker sends them), which no view reads and which are dropped when
 * the file is given up; nothing the site shows changes before the append.
 */
export class ImportJob {
	readonly id = crypto.randomUUID();
	phase = $state<JobPhase>('reading');
	progress = $state(0);
	summary = $state<ReadSummary | undefined>(undefined);
	formatKey = $state(CHOICES[0]!.key);
	mapping = $state<Mapping>({});
	/** True when a mapping saved for this file shape was applied without asking. */
	reused = $state(false);
	/** Counts and Arrow chunks (raw state: never proxied, never walked row by row on the page). */
	result = $state.raw<Checked | undefined>(undefined);
	problems = $state<RowProblem[]>([]);
	refusal = $state<string | undefined>(undefined);
	/** For files without a kommun column (an HR system's export is one kommun's): the user says which. */
	kommun = $state('');
	kommunOptions = $state<{ kommun: string; name: string }[]>([]);
	#worker: FileWorker | undefined;
	#staged: StagedFile | undefined;
	#catalogue: (Catalogue & { kommunRows: KommunRow[] }) | undefined;

	constructor(
		readonly file: File,
		private readonly onLoaded: (meta: StoredExtract) => void,
		private readonly loadedFiles: () => string[],
		readonly restoring?: StoredExtract
	) {}

	async start(): Promise<void> {
		const big = tooLarge(this.file);
		if (big) return this.#refuse(big);
		if (!this.restoring && this.loadedFiles().includes(this.file.name))
			return this.#refuse(
				`En fil med namnet ${this.file.name} är redan inläst. Ta bort den i listan nedan först, eller byt namn på filen.`
			);
		this.#worker = new FileWorker();
		const read = await this.#worker.read(this.file, this.file.name, (f) => (this.progress = f));
		if (!read.ok) return this.#refuse(`${this.file.name}${read.row ? `, rad ${read.row}` : ''}: ${read.reason}`);
		this.summary = read.summary;
		this.#catalogue = await loadCatalogue(wasmRunner);
		this.kommunOptions = this.#catalogue.kommunRows
			.map(({ kommun, name }) => ({ kommun, name }))
			.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
		if (this.restoring) {
			this.formatKey = this.restoring.formatKey;
			this.mapping = this.restoring.mapping;
			this.kommun = this.restoring.kommun ?? '';
			await this.check();
			if (this.phase === 'report' && this.problems.length === 0) await this.confirm();
			return;
		}
		const saved = savedMapping(read.summary.kind, read.summary.header);
		if (saved) {
			this.formatKey = saved.formatKey;
			this.mapping = saved.mapping;
			this.kommun = saved.kommun ?? '';
			this.reused = true;
			return this.check();
		}
		this.formatKey = suggestChoice(read.summary.header, this.#guessTable(read.summary));
		this.mapping = suggestMapping(read.summary.header, formatByKey(this.formatKey)!);
		this.phase = 'mapping';
	}

	/** The long format's extract, guessed from the measures in the first rows. */
	#guessTable(s: ReadSummary): string | undefined {
		const col = s.header.findIndex((h) => h.trim().toLowerCase() === 'measure');
		if (col < 0 || !this.#catalogue) return undefined;
		const domain = this.#catalogue.measures[s.preview[0]?.[col] ?? '']?.domain;
		return domain ? `long:${domain}` : undefined;
	}

	chooseFormat(key: string): void {
		this.formatKey = key;
		this.mapping = suggestMapping(this.summary?.header ?? [], formatByKey(key)!);
	}

	/** The format has a kommun field but the file no kommun column: the user must name the kommun. */
	get needsKommun(): boolean {
		const f = formatByKey(this.formatKey);
		return !!f && f.id !== 'long' && f.fields.some((x) => x.id === 'kommun') && !this.mapping.kommun;
	}

	get missing(): string[] {
		const f = formatByKey(this.formatKey);
		const out = f ? missingFields(f, this.mapping) : [];
		return this.needsKommun && !this.kommun ? [...out, 'Kommun'] : out;
	}

	editMapping(): void {
		void this.#dropStaged();
		this.reused = false;
		this.result = undefined;
		this.problems = [];
		this.phase = 'mapping';
	}

	/** Check the file with the chosen mapping; anything unexpected (the worker died, DuckDB out of memory) is said on the card. */
	async check(): Promise<void> {
		try {
			await this.#check();
		} catch (e) {
			this.fail(e);
		}
	}

	async #check(): Promise<void> {
		if (!this.#worker || !this.#catalogue || !this.summary) return;
		this.phase = 'checking';
		await this.#dropStaged();
		const staged = (this.#staged = new StagedFile());
		const onRows = staged.add.bind(staged);
		const { kommunRows: _, ...catalogue } = this.#catalogue;
		const mapping = $state.snapshot(this.mapping);
		const choice = choiceByKey(this.formatKey);
		let result: Checked;
		const kommun = this.kommun || undefined;
		const pivot = choice?.format.pivot;
		if (!choice || choice.inWorker) result = await this.#worker.validate(this.formatKey, mapping, catalogue, onRows);
		else if (pivot) {
			// Rows are read and checked in the worker; here only its columns are staged and summed in DuckDB.
			const input = await this.#worker.pivotInput(this.formatKey, mapping, kommun);
			const sums = input.rows > 0 && !input.stop ? await sumsInDuckdb(pivot.query, input.types, input.chunks) : null;
			result = await this.#worker.pivotFinish(this.formatKey, mapping, catalogue, kommun, sums, onRows);
		} else {
			// The format sums in DuckDB: map in the worker, transform here, check in the worker again.
			const m = await this.#worker.map(this.formatKey, mapping);
			const out = m.stop
				? { tables: [], problems: [], summary: [] }
				: await choice.format.transform(m.mapped, {
						file: this.file.name,
						runner: wasmRunner,
						kommun: this.kommun || undefined
					});
			result = await this.#worker.check(this.formatKey, mapping, catalogue, out, onRows);
		}
		// Every chunk staged (once); figures already loaded (another file's) found in SQL, named per row.
		const dups: RowProblem[] = (await loadedDuplicates(await staged.tables(), result.kommuner)).map((d) => ({
			row: d.line,
			column: '–',
			reason: `samma figur finns redan inläst (${d.cited}); dubbletter räknas aldrig två gånger`
		}));
		this.result = result;
		this.problems = [...result.problems, ...dups].sort((a, b) => a.row - b.row);
		// A file with problems cannot be loaded: its staged rows go at once.
		if (this.problems.length > 0 || this.acceptedRows === 0) await this.#dropStaged();
		this.phase = 'report';
	}

	/** The staged rows of the last check dropped (a new check, a new mapping, the file given up). */
	async #dropStaged(): Promise<void> {
		const staged = this.#staged;
		this.#staged = undefined;
		await staged?.drop().catch(() => undefined);
	}

	get acceptedRows(): number {
		return this.result?.tables.reduce((s, t) => s + t.rows, 0) ?? 0;
	}

	/** Append in one go; the mapping is remembered for this file shape and the file kept in this browser. */
	async confirm(): Promise<void> {
		const result = this.result;
		const staged = this.#staged;
		if (!result || !staged || this.problems.length > 0 || this.acceptedRows === 0 || !this.#catalogue || !this.summary)
			return;
		this.#staged = undefined;
		this.phase = 'loading';
		this.progress = 0;
		let added: string[];
		try {
			await staged.tables();
			added = await commitExtract(
				this.file.name,
				result,
				staged.take(),
				this.#catalogue.kommunRows,
				(f) => (this.progress = f)
			);
		} catch (e) {
			// Rolled back whole: said in words on the card, nothing added (the stages are gone too).
			await staged.drop().catch(() => undefined);
			return this.fail(e);
		}
		const meta: StoredExtract = {
			id: this.restoring?.id ?? this.id,
			file: this.file.name,
			formatKey: this.formatKey,
			formatLabel: formatByKey(this.formatKey)?.label ?? this.formatKey,
			mapping: $state.snapshot(this.mapping),
			kommun: this.kommun || undefined,
			tables: result.tables.map((t) => t.table),
			kommuner: result.kommuner,
			addedKommuner: added,
			periods: result.periods,
			rows: this.acceptedRows,
			loadedAt: this.restoring?.loadedAt ?? nowIso()
		};
		if (!this.restoring) {
			saveMapping(this.summary.kind, this.summary.header, {
				formatKey: this.formatKey,
				mapping: meta.mapping,
				kommun: this.kommun || undefined
			});
			await (await ownStore()).save(meta, this.file);
		}
		this.phase = 'done';
		this.#worker?.terminate();
		this.onLoaded(meta);
	}

	/** Anything unexpected (the worker died, the database refused): said in words, nothing added. */
	fail(e: unknown): void {
		this.#refuse(`${this.file.name}: ${e instanceof Error ? e.message : String(e)}. Inget har lästs in.`);
	}

	cancel(): void {
		this.phase = 'cancelled';
		this.#worker?.terminate();
		void this.#dropStaged();
	}

	#refuse(reason: string): void {
		this.refusal = reason;
		this.phase = 'refused';
		this.#worker?.terminate();
		void this.#dropStaged();
	}
}

export const sourceOf = (file: string) => USER_SOURCE_PREFIX + file;

/** When the file was loaded, for the list on the Data page. */
const nowIso = (): string => new Date(Date.now()).toISOString();
