import type { KoladaValue } from '../schema/kolada';

export type Sourced<T> = { file: string; rows: T[] };

/**
 * Rows from several files into one set, unique by key. The same row twice (e.g. an API page and a
 * CSV of the same figures) is kept once; the same key with different content is an error naming
 * both files, because silently picking one would hide a real disagreement between sources.
 */
export function mergeUnique<T>(sources: readonly Sourced<T>[], keyOf: (row: T) => string, what: string): T[] {
	const seen = new Map<string, { row: T; file: string }>();
	const out: T[] = [];
	for (const { file, rows } of sources)
		for (const row of rows) {
			const key = keyOf(row);
			const prev = seen.get(key);
			if (!prev) {
				seen.set(key, { row, file });
				out.push(row);
			} else if (JSON.stringify(prev.row) !== JSON.stringify(row))
				throw new Error(
					`${what} ${key} finns med olika innehåll i ${prev.file} och ${file}: ${JSON.stringify(prev.row)} ≠ ${JSON.stringify(row)}`
				);
		}
	return out;
}

export const valueKey = (v: KoladaValue): string => `${v.kpi} ${v.kommun} ${v.year} ${v.sex}`;

export function mergeValues(sources: readonly Sourced<KoladaValue>[]): KoladaValue[] {
	return mergeUnique(sources, valueKey, 'värdet');
}

/** First and last year that has a figure (not just a row): the data's vintage. */
export function yearRange(values: readonly KoladaValue[]): { first_year: number | null; last_year: number | null } {
	let first: number | null = null;
	let last: number | null = null;
	for (const v of values) {
		if (v.value == null) continue;
		if (first == null || v.year < first) first = v.year;
		if (last == null || v.year > last) last = v.year;
	}
	return { first_year: first, last_year: last };
}
