import type { z } from 'zod';
import { appendRows } from '$lib/db/append';
import { readParquetRows, unknownMeasures } from '$lib/db/read-parquet-rows';
import { shapeRows } from '$lib/schema/shape';
import { TABLES, type TableName } from '$lib/schema/extracts';
import { describeProblem, validateCsv, type UploadProblem } from './validate-rows';

export type ImportResult = { ok: true; rows: number; note: string } | { ok: false; problems: string[]; total: number };

const MAX_SHOWN = 20;

/**
 * Validate a user's extract completely before anything is loaded; then append it in one
 * transaction. On any problem nothing changes and every problem is named (file, row, column).
 */
export async function importExtract(file: File, table: TableName): Promise<ImportResult> {
	const bytes = new Uint8Array(await file.arrayBuffer());
	const isParquet =
		file.name.toLowerCase().endsWith('.parquet') ||
		(bytes[0] === 0x50 && bytes[1] === 0x41 && bytes[2] === 0x52 && bytes[3] === 0x31);
	let rows: Record<string, unknown>[];
	let problems: UploadProblem[];
	let note: string;
	if (isParquet) {
		const raw = await readParquetRows(bytes);
		const schema = TABLES[table].source as z.ZodType;
		rows = [];
		problems = [];
		raw.forEach((r, i) => {
			const parsed = schema.safeParse({ source: `Eget extrakt: ${file.name}`, ...r });
			if (parsed.success) rows.push(parsed.data as Record<string, unknown>);
			else
				for (const issue of parsed.error.issues)
					problems.push({ row: i + 1, column: String(issue.path[0] ?? ''), message: issue.message });
		});
		note = 'Parquet';
	} else {
		const v = validateCsv(bytes, table, file.name);
		({ rows, problems } = v);
		note = `CSV, ${v.encoding}, avgränsare ”${v.delimiter === '\t' ? 'tab' : v.delimiter}”`;
	}
	if (problems.length === 0 && 'measure' in (rows[0] ?? {})) {
		const unknown = await unknownMeasures(rows.map((r) => String(r.measure)));
		if (unknown.length)
			problems.push({ row: 0, column: 'measure', message: `okända mått-id: ${unknown.join(', ')} (se måttkatalogen)` });
	}
	if (rows.length === 0 && problems.length === 0) problems.push({ row: 1, message: 'filen innehåller inga rader' });
	if (problems.length > 0)
		return {
			ok: false,
			total: problems.length,
			problems: problems.slice(0, MAX_SHOWN).map((p) => describeProblem(file.name, p))
		};
	const shaped = shapeRows(table, rows);
	await appendRows(table, shaped);
	return { ok: true, rows: shaped.length, note };
}
