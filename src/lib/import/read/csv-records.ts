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
	const D = delim.charCodeAt(0);
	const records: { line: number; cells: string[] }[] = [];
	let cells: string[] = [];
	// A cell is the text since `seg`, plus what `cell` holds from before a quote: sliced, never built per character.
	let cell = '';
	let seg = 0;
	let quoted = false;
	let line = 1;
	let recordLine = 1;
	let nextReport = 1 << 20;
	const push = () => {
		cells.push(cell);
		if (!cells.every(blank)) records.push({ line: recordLine, cells });
		cells = [];
		cell = '';
	};
	const n = src.length;
	for (let i = 0; i < n; i++) {
		const c = src.charCodeAt(i);
		if (i >= nextReport) {
			onProgress?.(i / n);
			nextReport += 1 << 20;
		}
		if (quoted) {
			if (c === QUOTE) {
				cell += src.slice(seg, i);
				if (src.charCodeAt(i + 1) === QUOTE) {
					cell += '"';
					i++;
				} else quoted = false;
				seg = i + 1;
			} else if (c === LF) line++;
		} else if (c === QUOTE) {
			if ((cell + src.slice(seg, i)).trim() === '') {
				quoted = true;
				cell = '';
				seg = i + 1;
			}
		} else if (c === D) {
			cells.push(cell + src.slice(seg, i));
			cell = '';
			seg = i + 1;
		} else if (c === LF || c === CR) {
			cell += src.slice(seg, i);
			if (c === CR && src.charCodeAt(i + 1) === LF) i++;
			push();
			line++;
			recordLine = line;
			seg = i + 1;
		}
	}
	if (quoted)
		return { error: 'ett citattecken öppnas men stängs aldrig; resten av filen blir en enda cell', row: recordLine };
	cell += src.slice(seg);
	if (cell !== '' || cells.length > 0) push();
	onProgress?.(1);
	if (records.length === 0) return { error: 'filen är tom', row: 1 };
	return {
		header: records[0]!.cells.map((h) => h.trim()),
		rows: records.slice(1),
		details: { delimiter: delim === '\t' ? 'tabb' : delim }
	};
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Blank or whitespace only; a printable ASCII first character settles it without trimming. */
function blank(c: string): boolean {
	if (c.length === 0) return true;
	const first = c.charCodeAt(0);
	return (first <= 32 || first >= 0x7f) && c.trim() === '';
}
