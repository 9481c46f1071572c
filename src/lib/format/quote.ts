const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * A quote as plain text: some source documents were converted from HTML, and their markup
 * (`<p style=…>`, `<i>`) is not part of what the committee wrote.
 */
export function plainQuote(quote: string | null | undefined): string {
	if (!quote) return '';
	return quote
		.replace(/<[^>]*>/g, ' ')
		.replace(/&(#\d+|[a-z]+);/gi, (m, e: string) =>
			e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : (ENTITIES[e.toLowerCase()] ?? m)
		)
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * A table's source column: when every row cites the same document, the caption names it once and
 * each row gives only its line (a printed table stays narrow); otherwise "document, rad N".
 */
export function sourceColumn(rows: { file: string | null; line: number | null }[]): {
	file: string | null;
	cite: (r: { file: string | null; line: number | null }) => string;
} {
	const files = new Set(rows.map((r) => r.file));
	const file = files.size === 1 ? [...files][0]! : null;
	return {
		file,
		cite: (r) => (file ? (r.line != null ? `rad ${r.line}` : '–') : r.file ? `${r.file}, rad ${r.line}` : '–')
	};
}
