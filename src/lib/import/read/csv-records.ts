import type { RawTable } from './raw-table';

const DELIMITERS = [';', ',', '\t'] as const;

/** The delimiter used most often in the header line, outside quotes. Swedish Excel writes ';'. */
export function detectDelimiter(text: string): string {
	const end = text.indexOf('\n');
	const first = (end < 0 ? text : text.slice(0, end)).replace(/"[^"]*"/g, '');
	const counts = DELIMITERS.map((d) => [d, first.split(d).length - 1] as const).sort((a, b) => b[1] - a[1]);
	return counts[0]![1] > 0 ? counts[0]![0] : ';';
}

/**
 * RFC 4180 records (quoted fields, doubled quotes, CRLF) with the 1-based file line each starts
 * on. Blank lines and separator-only lines (`;;;;`, which Excel writes below a sheet) are skipped.
 * An unclosed quote makes the whole file unreadable: everything after it would be one cell.
 */
export function parseCsvRecords(
	text: string,
	onProgress?: (fraction: number) => void
): RawTable | { error: string; row: number } {
	const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const delim = detectDelimiter(src);
	const records: { line: number; cells: string[] }[] = [];
	let cells: string[] = [];
	let cell = '';
	let quoted = false;
	let line = 1;
	let recordLine = 1;
	let nextReport = 1 << 20;
	const push = () => {
		cells.push(cell);
		if (cells.some((c) => c.trim() !== '')) records.push({ line: recordLine, cells });
		cells = [];
		cell = '';
	};
	for (let i = 0; i < src.length; i++) {
		const ch = src[i]!;
		if (i >= nextReport) {
			onProgress?.(i / src.length);
			nextReport += 1 << 20;
		}
		if (quoted) {
			if (ch === '"') {
				if (src[i + 1] === '"') {
					cell += '"';
					i++;
				} else quoted = false;
			} else {
				if (ch === '\n') line++;
				cell += ch;
			}
		} else if (ch === '"' && cell.trim() === '') {
			quoted = true;
			cell = '';
		} else if (ch === delim) {
			cells.push(cell);
			cell = '';
		} else if (ch === '\n' || ch === '\r') {
			if (ch === '\r' && src[i + 1] === '\n') i++;
			push();
			line++;
			recordLine = line;
		} else cell += ch;
	}
	if (quoted)
		return { error: 'ett citattecken öppnas men stängs aldrig; resten av filen blir en enda cell', row: recordLine };
	if (cell !== '' || cells.length > 0) push();
	onProgress?.(1);
	if (records.length === 0) return { error: 'filen är tom', row: 1 };
	const [head, ...rows] = records;
	return {
		header: head!.cells.map((h) => h.trim()),
		rows,
		details: { delimiter: delim === '\t' ? 'tabb' : delim }
	};
}
