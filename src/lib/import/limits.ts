/** Larger files are refused before anything is read: the tab would run out of memory. */
export const MAX_FILE_BYTES = 300 * 1024 * 1024;
/** A single cell longer than this is a broken file (an unclosed quote, a pasted document), not data. */
export const MAX_CELL_CHARS = 10_000;
/** Rejected rows listed one by one in the report; the rest are counted. */
export const MAX_PROBLEMS_SHOWN = 200;

export function formatMegabytes(bytes: number): string {
	return `${Math.round(bytes / (1024 * 1024)).toLocaleString('sv-SE')} MB`;
}

/** Swedish refusal naming the limit, or null when the file may be read. */
export function tooLarge(file: { name: string; size: number }): string | null {
	if (file.size <= MAX_FILE_BYTES) return null;
	return `${file.name} är ${formatMegabytes(file.size)}; gränsen är ${formatMegabytes(MAX_FILE_BYTES)} per fil i webbläsaren. Dela upp filen (t.ex. per år) och läs in delarna var för sig.`;
}
