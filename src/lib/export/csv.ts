import { formatNumber } from '$lib/format/number';

export type CsvColumn = { key: string; label: string; decimals?: number };

/**
 * CSV that Swedish Excel opens correctly: semicolon separator, decimal comma, UTF-8 with BOM.
 * Numbers are written without thousands separators so they stay numbers after import.
 */
/** Full precision (no rounding: an export must not lose a decimal), float noise trimmed, decimal comma. */
function plainNumber(v: number): string {
	return String(Number(v.toPrecision(12))).replace('.', ',');
}

// Excel, LibreOffice and Sheets read a cell starting with one of these as a formula (OWASP CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell as Excel must read it: a leading formula character gets an apostrophe (OWASP's
 * neutralisation; "+0,2 procentenheter" stays text instead of becoming a broken formula), and
 * separators, quotes and line breaks are quoted. Numbers never come here: −1 068 stays a number.
 */
export function csvTextCell(s: string): string {
	const text = FORMULA_START.test(s) ? `'${s}` : s;
	return /[;"\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toSwedishCsv(columns: CsvColumn[], rows: Record<string, unknown>[]): string {
	const cell = (v: unknown, decimals?: number): string => {
		if (v == null) return '';
		if (typeof v === 'number')
			return decimals == null
				? plainNumber(v)
				: formatNumber(v, decimals)
						.replace(/[\s\u00a0]/g, '')
						.replace('\u2212', '-');
		return csvTextCell(String(v));
	};
	const lines = [columns.map((c) => cell(c.label)).join(';')];
	for (const r of rows) lines.push(columns.map((c) => cell(r[c.key], c.decimals)).join(';'));
	return '\ufeff' + lines.join('\r\n') + '\r\n';
}
