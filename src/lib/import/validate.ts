import type { z } from 'zod';
import { COLUMNS } from '$lib/schema/columns';
import { TABLES, type TableName } from '$lib/schema/extracts';
import { shapeRows } from '$lib/schema/shape';
import { rowKey, type Catalogue } from './catalogue';
import type { ImportFormat, ImportResult, MappedRow, RowProblem } from './format';
import { MAX_CELL_CHARS } from './limits';
import type { RawTable } from './read/raw-table';
import { quoteOf, USER_SOURCE_PREFIX } from './provenance';

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

/** Raw cells → one MappedRow per usable line; lines of the wrong width, giant cells or blank required fields are problems. */
export function mapRaw(raw: RawTable, format: ImportFormat, mapping: Mapping): MappedFile {
	const problems: RowProblem[] = [];
	const headerOf = (field: string) => mapping[field] ?? format.fields.find((x) => x.id === field)?.label ?? field;
	const missing = missingFields(format, mapping);
	const byLine = new Map<number, string[]>();
	const stop = (p: RowProblem): MappedFile => ({ mapped: [], problems: [p], byLine, stop: true });
	if (raw.rows.length === 0)
		return stop({ row: 2, column: '–', reason: 'filen innehåller inga rader under rubrikraden' });
	if (missing.length)
		return stop({ row: 1, column: missing.join(', '), reason: 'ingen kolumn i filen är kopplad till detta' });
	const index = new Map(raw.header.map((h, j) => [h, j]));
	const mapped: MappedRow[] = [];
	for (const r of raw.rows) {
		const extra = r.cells.slice(raw.header.length).some((c) => c.trim() !== '');
		if (extra || r.cells.length < raw.header.length) {
			problems.push({
				row: r.line,
				column: '–',
				reason: `raden har ${r.cells.length} fält, rubrikraden har ${raw.header.length}`
			});
			continue;
		}
		const long = r.cells.findIndex((c) => c.length > MAX_CELL_CHARS);
		if (long >= 0) {
			problems.push({
				row: r.line,
				column: raw.header[long] ?? '–',
				reason: `cellen har ${r.cells[long]!.length.toLocaleString('sv-SE')} tecken (högst ${MAX_CELL_CHARS.toLocaleString('sv-SE')})`
			});
			continue;
		}
		const cells: Record<string, string> = {};
		for (const [field, header] of Object.entries(mapping))
			if (header != null && index.has(header)) cells[field] = r.cells[index.get(header)!] ?? '';
		const blank = format.fields.find((f) => f.required && !f.emptyCells && (cells[f.id] ?? '').trim() === '');
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

/**
 * Raw cells → rows of our extracts, each checked with the data build's zod schema and against the
 * catalogue. Provenance is set here, after the format's transform: whatever a file's columns say,
 * its rows cite the file and row they came from.
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

/** A format's output → accepted rows (zod, catalogue, range, duplicates) and every problem, with provenance set by us. */
export function checkResult(
	raw: RawTable,
	m: MappedFile,
	result: ImportResult,
	file: string,
	format: ImportFormat,
	mapping: Mapping,
	catalogue: Catalogue
): Validated {
	const problems = [...m.problems];
	const byLine = m.byLine;
	const headerOf = (field: string) => mapping[field] ?? format.fields.find((x) => x.id === field)?.label ?? field;
	for (const p of result.problems) problems.push({ ...p, column: headerOf(p.column) });
	const tables: Validated['tables'] = [];
	const seen = new Map<string, number>();
	const kommuner = new Set<string>();
	const periods = new Set<string>();
	const totals = new Map<string, number>();
	for (const t of result.tables) {
		const schema = TABLES[t.table].source as z.ZodType;
		const accepted: Record<string, unknown>[] = [];
		for (const r of t.rows) {
			const line = Number(r.line);
			const cells = byLine.get(line);
			if (!Number.isInteger(line) || !cells) {
				problems.push({
					row: Number.isFinite(line) ? line : 0,
					column: '–',
					reason: 'formatet angav en rad som inte finns i filen'
				});
				continue;
			}
			const derived = typeof r.quote === 'string' && r.quote.startsWith('summa av ');
			const prepared: Record<string, unknown> = {
				...r,
				source: USER_SOURCE_PREFIX + file,
				line,
				quote: derived ? String(r.quote).slice(0, 200) : quoteOf(raw.header, cells)
			};
			// A column the file leaves out is blank, exactly as an empty CSV cell: one set of defaults for every format.
			for (const c of Object.keys(COLUMNS[t.table])) if (prepared[c] === undefined) prepared[c] = '';
			if (t.table !== 'budget' && (prepared.unit == null || prepared.unit === ''))
				prepared.unit = catalogue.measures[String(prepared.measure)]?.unit ?? '';
			const parsed = schema.safeParse(prepared);
			if (!parsed.success) {
				for (const issue of parsed.error.issues)
					problems.push({ row: line, column: headerOf(String(issue.path[0] ?? '–')), reason: issue.message });
				continue;
			}
			const row = parsed.data as Record<string, unknown>;
			const semantic = outOfRange(t.table, row) ?? checkAgainstCatalogue(t.table, row, catalogue);
			if (semantic) {
				problems.push({ row: line, column: headerOf(semantic.field), reason: semantic.reason });
				continue;
			}
			const key = t.table + '\u001e' + rowKey(t.table, row);
			const first = seen.get(key);
			if (first != null) {
				problems.push({
					row: line,
					column: '–',
					reason: `samma figur som rad ${first} (samma kommun, period, mått och uppdelning): dubbletter räknas aldrig två gånger`
				});
				continue;
			}
			seen.set(key, line);
			kommuner.add(String(row.kommun));
			periods.add(String(row.period_label));
			const k = `${catalogue.kommuner[String(row.kommun)] ?? row.kommun} (${row.kommun}), ${row.period_label}`;
			totals.set(k, (totals.get(k) ?? 0) + 1);
			accepted.push(row);
		}
		// As the data build shapes them: budget amounts in tkr, the statement columns (canonical …).
		tables.push({ table: t.table, rows: shapeRows(t.table, accepted) });
	}
	problems.sort((a, b) => a.row - b.row);
	const summary = [
		...result.summary,
		...[...totals].map(([k, n]) => `${k}: ${n.toLocaleString('sv-SE')} ${n === 1 ? 'rad' : 'rader'}`)
	];
	return {
		tables,
		problems,
		summary,
		rowsRead: raw.rows.length,
		kommuner: [...kommuner].sort(),
		periods: [...periods]
	};
}

const INT_MAX = 2 ** 31 - 1;

/** Values zod accepts but the table's column type cannot hold (INTEGER): named here, not as a DuckDB cast error. */
function outOfRange(table: TableName, row: Record<string, unknown>): { field: string; reason: string } | null {
	for (const [c, type] of Object.entries(COLUMNS[table])) {
		const v = row[c];
		if (type === 'INTEGER' && typeof v === 'number' && Math.abs(v) > INT_MAX)
			return {
				field: c,
				reason: `talet ${v.toLocaleString('sv-SE')} är för stort (högst ${INT_MAX.toLocaleString('sv-SE')})`
			};
	}
	return null;
}

function empty(raw: RawTable, problems: RowProblem[]): Validated {
	return { tables: [], problems, summary: [], rowsRead: raw.rows.length, kommuner: [], periods: [] };
}

/** The checks zod cannot make alone: is the measure, kommun and area one we know, and does the measure belong here? */
function checkAgainstCatalogue(
	table: TableName,
	row: Record<string, unknown>,
	cat: Catalogue
): { field: string; reason: string } | null {
	const kommun = String(row.kommun);
	if (!(kommun in cat.kommuner)) return { field: 'kommun', reason: `okänd kommunkod ${kommun}` };
	if (table === 'budget') {
		const area = String(row.area_std);
		if (!cat.areas.includes(area))
			return { field: 'area_std', reason: `okänt standardområde ”${area}” (kända: ${cat.areas.join(', ')})` };
		return null;
	}
	const m = cat.measures[String(row.measure)];
	if (!m) return { field: 'measure', reason: `okänt mått ”${String(row.measure)}” (se måttkatalogen)` };
	if (m.domain !== table)
		return {
			field: 'measure',
			reason: `måttet ${String(row.measure)} hör till ${DOMAIN_SV[m.domain] ?? m.domain}, inte till det valda extraktet ${DOMAIN_SV[table] ?? table}`
		};
	return null;
}

const DOMAIN_SV: Record<string, string> = {
	budget: 'Budget',
	staffing: 'Personal',
	sick_leave: 'Sjukfrånvaro',
	senior_alert: 'Senior Alert och kvalitet',
	caseload: 'Ärenden och volymer'
};

/** Rows already loaded with the same key: reported per row, and the file is not loaded. */
export function againstLoaded(v: Validated, existing: Map<string, string>): RowProblem[] {
	const out: RowProblem[] = [];
	for (const t of v.tables)
		for (const r of t.rows) {
			const src = existing.get(t.table + '\u001e' + rowKey(t.table, r));
			if (src != null)
				out.push({
					row: Number(r.line),
					column: '–',
					reason: `samma figur finns redan inläst (${src}); dubbletter räknas aldrig två gånger`
				});
		}
	return out;
}
