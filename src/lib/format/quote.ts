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
