import type { z } from 'zod';
import { csvObjects, CsvError, parseCsv } from '$lib/csv/parse';
import { decodeText } from '$lib/csv/decode';
import { parseSwedishNumber } from '$lib/format/parse-number';
import { COLUMNS } from '$lib/schema/columns';
import { TABLES, type TableName } from '$lib/schema/extracts';

export type UploadProblem = { row: number; column?: string; message: string };
export type ValidatedUpload = {
	rows: Record<string, unknown>[];
	problems: UploadProblem[];
	encoding: string;
	delimiter: string;
};

const NUMERIC = new Set(['DOUBLE', 'INTEGER']);
/** Columns computed by the build, never expected from a user. */
const STATEMENT = ['statement_group', 'canonical'];
const DERIVED: Partial<Record<TableName, string[]>> = {
	budget: ['amount_tkr', 'area_key', ...STATEMENT],
	staffing: ['unit_area_key', ...STATEMENT],
	sick_leave: ['unit_area_key', ...STATEMENT],
	senior_alert: ['unit_area_key', ...STATEMENT],
	caseload: ['unit_area_key', ...STATEMENT],
	goals: STATEMENT
};

/**
 * A user's CSV → rows that pass the extract's zod schema, or every problem with its row and
 * column. Accepts what Swedish Excel writes: ';', decimal comma, Windows-1252.
 */
export function validateCsv(bytes: Uint8Array, table: TableName, fileName: string): ValidatedUpload {
	const { text, encoding } = decodeText(bytes);
	let parsed;
	try {
		parsed = parseCsv(text);
	} catch (e) {
		const err = e as CsvError;
		return { rows: [], problems: [{ row: err.row, message: err.message }], encoding, delimiter: '' };
	}
	const expected = Object.keys(COLUMNS[table]).filter((c) => !(DERIVED[table] ?? []).includes(c));
	const missing = expected.filter((c) => !parsed.header.includes(c) && !isOptional(table, c));
	if (missing.length > 0)
		return {
			rows: [],
			problems: [{ row: 1, message: `kolumner saknas: ${missing.join(', ')}` }],
			encoding,
			delimiter: parsed.delimiter
		};
	const types = COLUMNS[table];
	const schema = TABLES[table].source as z.ZodType;
	const rows: Record<string, unknown>[] = [];
	const problems: UploadProblem[] = [];
	for (const { row, values } of csvObjects(parsed)) {
		const prepared: Record<string, unknown> = {};
		for (const c of expected) {
			const raw = (values[c] ?? '').trim();
			// Swedish decimals and thousands separators become plain numbers before zod sees them.
			prepared[c] = NUMERIC.has(types[c]!) && raw !== '' ? (parseSwedishNumber(raw) ?? raw) : raw;
		}
		// A user's own figures cite the user's file, not a committee document.
		if (!prepared.source) prepared.source = `Eget extrakt: ${fileName}`;
		const result = schema.safeParse(prepared);
		if (result.success) rows.push(result.data as Record<string, unknown>);
		else
			for (const issue of result.error.issues)
				problems.push({ row, column: String(issue.path[0] ?? ''), message: issue.message });
	}
	return { rows, problems, encoding, delimiter: parsed.delimiter };
}

/** Provenance and breakdown columns may be left out of a user's own file. */
function isOptional(table: TableName, column: string): boolean {
	const optional = [
		'line',
		'quote',
		'note',
		'note_sv',
		'n',
		'item',
		'detail',
		'age_band',
		'unit_area',
		'value_kind',
		'sex',
		'parent_area_label'
	];
	return optional.includes(column) || column === 'source';
}

export function describeProblem(file: string, p: UploadProblem): string {
	return `${file}, rad ${p.row}${p.column ? `, kolumn ${p.column}` : ''}: ${p.message}`;
}
