/**
 * One value as the views read it, whichever DuckDB produced it: plain numbers (BIGINT → number),
 * ISO dates (DATE → "2024-08-31") and text for anything else structured.
 */
export function plain(v: unknown): unknown {
	if (typeof v === 'bigint') return Number(v);
	if (v instanceof Date) return v.toISOString().slice(0, 10);
	if (v != null && typeof v === 'object') return String(v);
	return v;
}
