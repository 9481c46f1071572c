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

export function toSwedishCsv(columns: CsvColumn[], rows: Record<string, unknown>[]): string {
	const cell = (v: unknown, decimals?: number): string => {
		if (v == null) return '';
		if (typeof v === 'number')
			return decimals == null
				? plainNumber(v)
				: formatNumber(v, decimals)
						.replace(/[\s\u00a0]/g, '')
						.replace('\u2212', '-');
		const s = String(v);
		return /[;"\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
	};
	const lines = [columns.map((c) => cell(c.label)).join(';')];
	for (const r of rows) lines.push(columns.map((c) => cell(r[c.key], c.decimals)).join(';'));
	return '\ufeff' + lines.join('\r\n') + '\r\n';
}
