import type { TableName } from '$lib/schema/extracts';
import type { Catalogue } from './catalogue';
import { RowChecker, type CheckedRows } from './check-rows';
import type { ImportFormat, ImportResult, MappedRow, RowProblem } from './format';
import { MAX_CELL_CHARS } from './limits';
import type { RawTable } from './read/raw-table';

export type Mapping = Record<string, string | null>;

export type Validated = {
	tables: { table: TableName; rows: Record<string, unknown>[] }[];
	problems: RowProblem[];
	summary: string[];
	rowsRead: number;
	kommuner: string[];
	periods: string[];
};

/** Fields that must be mapped, in words; the long format needs a period one way or the other. */
export function missingFields(format: ImportFormat, mapping: Mapping): string[] {
	const missing = format.fields.filter((f) => f.required && !mapping[f.id]).map((f) => f.label);
	const ids = new Set(format.fields.map((f) => f.id));
	if (ids.has('period') && ids.has('period_start') && !mapping.period && !(mapping.period_start && mapping.period_end))
		missing.push('Period (eller periodens första och sista dag)');
	return missing;
}

export type MappedFile = { mapped: MappedRow[]; problems: RowProblem[]; byLine: Map<number, string[]>; stop: boolean };

/** Text in a cell beyond the header's width (a trailing blank cell is Excel's, not a problem). */
function hasText(cells: string[], from: number): boolean {
	for (let j = from; j < cells.length; j++) if (cells[j]!.trim() !== '') return true;
	return false;
}

function tooLong(cells: string[]): number {
	for (let j = 0; j < cells.length; j++) if (cells[j]!.length > MAX_CELL_CHARS) return j;
	return -1;
}

/** Why a file cannot be mapped at all: no rows, or a required field left unmapped. */
function stopProblem(raw: RawTable, format: ImportFormat, mapping: Mapping): RowProblem | null {
	const missing = missingFields(format, mapping);
	if (raw.rows.length === 0) return { row: 2, column: '–', reason: 'filen innehåller inga rader under rubrikraden' };
	if (missing.length)
		return { row: 1, column: missing.join(', '), reason: 'ingen kolumn i filen är kopplad till detta' };
	return null;
}

/** Raw cells → one MappedRow per usable line; lines of the wrong width, giant cells or blank required fields are problems. */
export function mapRaw(raw: RawTable, format: ImportFormat, mapping: Mapping): MappedFile {
	const problems: RowProblem[] = [];
	const headerOf = (field: string) => mapping[field] ?? format.fields.find((x) => x.id === field)?.label ?? field;
	const byLine = new Map<number, string[]>();
	const stop = stopProblem(raw, format, mapping);
	if (stop) return { mapped: [], problems: [stop], byLine, stop: true };
	const index = new Map(raw.header.map((h, j) => [h, j]));
	// Per row only lookups: which cell each mapped field reads, and which fields must not be blank.
	const reads = Object.entries(mapping).flatMap(([field, header]) =>
		header != null && index.has(header) ? [[field, index.get(header)!] as const] : []
	);
	const required = format.fields.filter((f) => f.required && !f.emptyCells);
	const width = raw.header.length;
	const mapped: MappedRow[] = [];
	for (const r of raw.rows) {
		const all = r.cells;
		if (all.length !== width && (all.length < width || hasText(all, width))) {
			problems.push({ row: r.line, column: '–', reason: `raden har ${all.length} fält, rubrikraden har ${width}` });
			continue;
		}
		const long = tooLong(all);
		if (long >= 0) {
			problems.push({
				row: r.line,
				column: raw.header[long] ?? '–',
				reason: `cellen har ${all[long]!.length.toLocaleString('sv-SE')} tecken (högst ${MAX_CELL_CHARS.toLocaleString('sv-SE')})`
			});
			continue;
		}
		const cells: Record<string, string> = {};
		for (const [field, j] of reads) cells[field] = all[j] ?? '';
		const blank = required.find((f) => (cells[f.id] ?? '').trim() === '');
		if (blank) {
			problems.push({
				row: r.line,
				column: headerOf(blank.id),
				reason: `${blank.label.toLowerCase()} saknas (fältet är obligatoriskt)`
			});
			continue;
		}
		mapped.push({ row: r.line, cells });
		byLine.set(r.line, r.cells);
	}
	return { mapped, problems, byLine, stop: false };
}

/** Lines per slice when a file is checked in the worker: the rows of one slice live at a time. */
export const SLICE_ROWS = 50_000;

export type SlicedValidation = Omit<Validated, 'tables'> & { tables: { table: TableName; rows: number }[] };

/**
 * Raw cells → rows of our extracts, slice by slice: map, the format's transform (row by row, as
 * every in-worker format's is), zod, catalogue and duplicates; each slice's accepted rows go to
 * `emit` (the worker makes Arrow of them) and are dropped. Same outcome as `validate`.
 */
export async function validateInSlices(
	raw: RawTable,
	file: string,
	format: ImportFormat,
	mapping: Mapping,
	catalogue: Catalogue,
	emit: (rows: CheckedRows) => void,
	sliceRows = SLICE_ROWS
): Promise<SlicedValidation> {
	const stop = stopProblem(raw, format, mapping);
	if (stop) return { ...empty(raw, [stop]), tables: [] };
	const checker = new RowChecker(raw.header, file, format, mapping, catalogue);
	const counts = new Map<TableName, number>();
	for (let from = 0; from < raw.rows.length; from += sliceRows) {
		const slice: RawTable = { ...raw, rows: raw.rows.slice(from, from + sliceRows) };
		const m = mapRaw(slice, format, mapping);
		for (const t of checker.add(m, await format.transform(m.mapped, { file }))) {
			if (!counts.has(t.table)) counts.set(t.table, 0);
			if (t.rows.length === 0) continue;
			counts.set(t.table, counts.get(t.table)! + t.rows.length);
			emit(t);
		}
	}
	return {
		...checker.finish(),
		rowsRead: raw.rows.length,
		tables: [...counts].map(([table, rows]) => ({ table, rows }))
	};
}

/**
 * Raw cells → rows of our extracts, each checked with the data build's zod schema and against the
 * catalogue (check-rows.ts). Provenance is set after the format's transform.
 */
export async function validate(
	raw: RawTable,
	file: string,
	format: ImportFormat,
	mapping: Mapping,
	catalogue: Catalogue
): Promise<Validated> {
	const m = mapRaw(raw, format, mapping);
	if (m.stop) return empty(raw, m.problems);
	return checkResult(raw, m, await format.transform(m.mapped, { file }), file, format, mapping, catalogue);
}

/** A format's output for the whole file → accepted rows and every problem (check-rows.ts). */
export function checkResult(
	raw: RawTable,
	m: MappedFile,
	result: ImportResult,
	file: string,
	format: ImportFormat,
	mapping: Mapping,
	catalogue: Catalogue
): Validated {
	const checker = new RowChecker(raw.header, file, format, mapping, catalogue);
	const tables = checker.add(m, result);
	return { ...checker.finish(), tables, rowsRead: raw.rows.length };
}

function empty(raw: RawTable, problems: RowProblem[]): Validated {
	return { tables: [], problems, summary: [], rowsRead: raw.rows.length, kommuner: [], periods: [] };
}
