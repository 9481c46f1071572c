import { formatNumber } from '$lib/format/number';

export type CsvColumn = { key: string; label: string; decimals?: number };

/**
 * CSV that Swedish Excel opens correctly: semicolon separator, decimal comma, UTF-8 with BOM.
 * Numbers are written without thousands separators so they stay numbers after import.
 */
export function toSwedishCsv(columns: CsvColumn[], rows: Record<string, unknown>[]): string {
	const cell = (v: unknown, decimals?: number): string => {
		if (v == null) return '';
		if (typeof v === 'number') return formatNumber(v, decimals ?? 0).replace(/[\s\u00a0]/g, '').replace('\u2212', '-');
		const s = String(v);
		return /[;"\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
	};
	const lines = [columns.map((c) => cell(c.label)).join(';')];
	for (const r of rows) lines.push(columns.map((c) => cell(r[c.key], c.decimals)).join(';'));
	return '\ufeff' + lines.join('\r\n') + '\r\n';
}
