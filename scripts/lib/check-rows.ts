import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { quoteOnLine, valueInQuote } from '../../src/lib/provenance/value-in-quote';
import { KPI_TABLES, TABLE_NAMES, type TableName } from '../../src/lib/schema/extracts';
import { readTable, type SourcedRow, type SourceProblem } from './read-sources';

type Row = Record<string, unknown>;
export type AllTables = Record<TableName, SourcedRow<Row>[]>;

export function readAll(dataDir: string): { tables: AllTables; problems: SourceProblem[] } {
	const problems: SourceProblem[] = [];
	const tables = {} as AllTables;
	for (const name of TABLE_NAMES) {
		const r = readTable(dataDir, name);
		tables[name] = r.rows;
		problems.push(...r.problems);
	}
	return { tables, problems: [...problems, ...checkReferences(tables)] };
}

/** Every id a row names must exist in its dimension; a measure id is defined once. */
export function checkReferences(t: AllTables): SourceProblem[] {
	const out: SourceProblem[] = [];
	const seen = new Map<string, string>();
	for (const m of t.measures) {
		const id = String(m.value.measure);
		if (seen.has(id))
			out.push({
				file: m.file,
				row: m.row,
				column: 'measure',
				message: `mått-id ${id} är redan definierat i ${seen.get(id)}`
			});
		else seen.set(id, m.file);
	}
	const sources = new Map(t.sources.map((s) => [String(s.value.source), String(s.value.kommun)]));
	const areas = new Set(t.areas.map((a) => String(a.value.area_std)));
	const kommuner = new Set(t.municipalities.map((m) => String(m.value.kommun)));
	const measureDomain = new Map(t.measures.map((m) => [String(m.value.measure), String(m.value.domain)]));
	const check = (r: SourcedRow<Row>, ok: boolean, column: string, message: string) => {
		if (!ok) out.push({ file: r.file, row: r.row, column, message });
	};
	for (const name of [...KPI_TABLES, 'budget', 'goals'] as const) {
		for (const r of t[name]) {
			const src = String(r.value.source);
			check(r, sources.has(src), 'source', `okänd källa ${src} (se data/sources.csv)`);
			check(
				r,
				!sources.has(src) || sources.get(src) === r.value.kommun,
				'kommun',
				`kommun ${String(r.value.kommun)} stämmer inte med källans`
			);
			check(r, kommuner.has(String(r.value.kommun)), 'kommun', `okänd kommun ${String(r.value.kommun)}`);
			if (name === 'budget')
				check(r, areas.has(String(r.value.area_std)), 'area_std', `okänt standardområde ${String(r.value.area_std)}`);
			if ((KPI_TABLES as readonly string[]).includes(name)) {
				const id = String(r.value.measure);
				check(r, measureDomain.has(id), 'measure', `okänt mått ${id}`);
				const domain = measureDomain.get(id);
				check(r, !domain || domain === name, 'measure', `måttet ${id} hör till ${domain}, inte ${name}`);
			}
		}
	}
	return out;
}

/** The provenance proof: the quote is on that line of the document and prints the value. */
export function checkProvenance(t: AllTables, documentsDir: string): SourceProblem[] {
	if (!existsSync(documentsDir)) return [];
	const files = new Map(t.sources.map((s) => [String(s.value.source), String(s.value.file)]));
	const lines = new Map<string, string[]>();
	const docLines = (source: string) => {
		if (!lines.has(source)) {
			const file = files.get(source);
			lines.set(
				source,
				file && existsSync(join(documentsDir, file)) ? readFileSync(join(documentsDir, file), 'utf8').split('\n') : []
			);
		}
		return lines.get(source)!;
	};
	const out: SourceProblem[] = [];
	for (const name of [...KPI_TABLES, 'budget', 'goals'] as const) {
		for (const r of t[name]) {
			const { source, line, quote, value } = r.value as {
				source: string;
				line: number | null;
				quote: string | null;
				value?: number;
			};
			if (line == null || !quote) {
				out.push({ file: r.file, row: r.row, column: 'line', message: 'dokumentrad saknar radnummer eller citat' });
				continue;
			}
			const text = docLines(source)[line - 1];
			if (text === undefined || !quoteOnLine(quote, text)) {
				out.push({
					file: r.file,
					row: r.row,
					column: 'quote',
					message: `citatet finns inte på rad ${line} i ${files.get(source)}`
				});
				continue;
			}
			if (name !== 'goals' && !valueInQuote(Number(value), quote))
				out.push({
					file: r.file,
					row: r.row,
					column: 'value',
					message: `värdet ${value} står inte i citatet "${quote}"`
				});
		}
	}
	return out;
}
