/**
 * Larger files are refused before anything is read: the tab would run out of memory. Measured
 * (npm run bench:import, headless Chromium, bench-results/bench-import.md): a 1 000 000-row HR
 * extract (69 MB CSV) loads in about a minute, the renderer peaking near 3 GB (DuckDB ~1 GB after);
 * 1 450 000 rows (100 MB) exhausted DuckDB's memory in the append before the file was checked in
 * slices (rolled back whole, the tab survives). 75 MB keeps to what was seen to work.
 */
export const MAX_FILE_BYTES = 75 * 1024 * 1024;
/** Rows per file, for formats that pack many rows into few bytes (Parquet): the same measurement. */
export const MAX_ROWS = 1_100_000;
/** A single cell longer than this is a broken file (an unclosed quote, a pasted document), not data. */
export const MAX_CELL_CHARS = 10_000;
/** Rejected rows listed one by one in the report; the rest are counted. */
export const MAX_PROBLEMS_SHOWN = 200;

export function formatMegabytes(bytes: number): string {
	return `${Math.round(bytes / (1024 * 1024)).toLocaleString('sv-SE')} MB`;
}

/** Swedish refusal for a file with more rows than the tab can hold, naming the limit. */
export function tooManyRows(rows: number): string | null {
	if (rows <= MAX_ROWS) return null;
	return `filen har ${rows.toLocaleString('sv-SE')} rader; gränsen är ${MAX_ROWS.toLocaleString('sv-SE')} rader per fil i webbläsaren. Dela upp filen (t.ex. per år) och läs in delarna var för sig.`;
}

/** Swedish refusal naming the limit, or null when the file may be read. */
export function tooLarge(file: { name: string; size: number }): string | null {
	if (file.size <= MAX_FILE_BYTES) return null;
	return `${file.name} är ${formatMegabytes(file.size)}; gränsen är ${formatMegabytes(MAX_FILE_BYTES)} per fil i webbläsaren. Dela upp filen (t.ex. per år) och läs in delarna var för sig.`;
}
