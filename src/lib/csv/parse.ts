/** A cell-level problem: where it is, in words a user can act on. */
export class CsvError extends Error {
	constructor(
		message: string,
		readonly row: number,
		readonly column?: string
	) {
		super(message);
		this.name = 'CsvError';
	}
}

/** `lines[i]` is the 1-based file line where `rows[i]` starts (quoted fields may span lines). */
export type CsvTable = { header: string[]; rows: string[][]; lines: number[]; delimiter: string };

/** Swedish exports use ';' (because ',' is the decimal mark); Kolada and our sources use ','. */
export function detectDelimiter(firstLine: string): string {
	const counts = [';', ',', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
	counts.sort((a, b) => b[1] - a[1]);
	return counts[0]![1] > 0 ? counts[0]![0] : ',';
}

/**
 * RFC 4180 parser (quoted fields, doubled quotes, CRLF). Row numbers in errors are 1-based file
 * lines of the record's start, header = row 1, so they match what a spreadsheet shows.
 */
export function parseCsv(text: string, delimiter?: string): CsvTable {
	const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const delim = delimiter ?? detectDelimiter(src.slice(0, src.indexOf('\n') >>> 0));
	const records: { line: number; cells: string[] }[] = [];
	let cells: string[] = [];
	let cell = '';
	let quoted = false;
	let line = 1;
	let recordLine = 1;
	let i = 0;
	while (i < src.length) {
		const ch = src[i]!;
		if (quoted) {
			if (ch === '"') {
				if (src[i + 1] === '"') {
					cell += '"';
					i += 2;
					continue;
				}
				quoted = false;
			} else {
				if (ch === '\n') line++;
				cell += ch;
			}
			i++;
			continue;
		}
		if (ch === '"' && cell === '') quoted = true;
		else if (ch === delim) {
			cells.push(cell);
			cell = '';
		} else if (ch === '\n' || ch === '\r') {
			if (ch === '\r' && src[i + 1] === '\n') i++;
			cells.push(cell);
			if (cells.length > 1 || cells[0] !== '') records.push({ line: recordLine, cells });
			cells = [];
			cell = '';
			line++;
			recordLine = line;
		} else cell += ch;
		i++;
	}
	if (quoted) throw new CsvError('citattecken öppnas men stängs aldrig', recordLine);
	if (cell !== '' || cells.length > 0) {
		cells.push(cell);
		records.push({ line: recordLine, cells });
	}
	if (records.length === 0) throw new CsvError('filen är tom', 1);
	const header = records[0]!.cells.map((h) => h.trim());
	const rows: string[][] = [];
	const lines: number[] = [];
	for (const r of records.slice(1)) {
		if (r.cells.length !== header.length)
			throw new CsvError(`raden har ${r.cells.length} fält, rubrikraden har ${header.length}`, r.line);
		rows.push(r.cells);
		lines.push(r.line);
	}
	return { header, rows, lines, delimiter: delim };
}

/** Rows as objects keyed by header, each with its 1-based file row for error messages. */
export function csvObjects(table: CsvTable): { row: number; values: Record<string, string> }[] {
	return table.rows.map((cells, i) => ({
		row: table.lines[i] ?? i + 2,
		values: Object.fromEntries(table.header.map((h, j) => [h, cells[j] ?? '']))
	}));
}
