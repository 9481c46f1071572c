import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod/mini';
import { csvObjects, CsvError, parseCsv } from '../../src/lib/csv/parse';
import { TABLES, type TableName } from '../../src/lib/schema/extracts';

export type SourceProblem = { file: string; row: number; column?: string; message: string };
export type SourcedRow<T> = { file: string; row: number; value: T };

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const p = join(dir, name);
		return statSync(p).isDirectory() ? walk(p) : [p];
	});
}

/** `<name>.csv` or `<name>-<suffix>.csv`, at data/ top level or one folder down (per kommun). */
export function sourceFiles(dataDir: string, table: TableName): string[] {
	const base = TABLES[table].files;
	const pattern = new RegExp(`^${base}(-[a-z0-9-]+)?\\.csv$`);
	return walk(dataDir)
		.filter((p) => pattern.test(p.split('/').pop()!))
		.sort();
}

export function readTable(dataDir: string, table: TableName) {
	const schema = TABLES[table].source as z.ZodMiniType;
	const rows: SourcedRow<Record<string, unknown>>[] = [];
	const problems: SourceProblem[] = [];
	for (const path of sourceFiles(dataDir, table)) {
		const file = join('data', relative(dataDir, path));
		let parsed;
		try {
			parsed = parseCsv(readFileSync(path, 'utf8'), ',');
		} catch (e) {
			const err = e as CsvError;
			problems.push({ file, row: err.row ?? 0, message: err.message });
			continue;
		}
		const expected = Object.keys((TABLES[table].source as z.ZodMiniObject).shape);
		const missing = expected.filter((c) => !parsed.header.includes(c));
		const extra = parsed.header.filter((c) => !expected.includes(c));
		if (missing.length || extra.length) {
			problems.push({
				file,
				row: 1,
				message: `rubrikraden: saknar [${missing.join(', ')}], okända [${extra.join(', ')}]`
			});
			continue;
		}
		for (const { row, values } of csvObjects(parsed)) {
			const result = schema.safeParse(values);
			if (result.success) rows.push({ file, row, value: result.data as Record<string, unknown> });
			else
				for (const issue of result.error.issues)
					problems.push({ file, row, column: String(issue.path[0] ?? ''), message: issue.message });
		}
	}
	return { rows, problems };
}

export function formatProblem(p: SourceProblem): string {
	return `${p.file} rad ${p.row}${p.column ? `, kolumn ${p.column}` : ''}: ${p.message}`;
}
