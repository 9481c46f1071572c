import type { ManifestPartition, ManifestTable } from '$lib/schema/manifest';

/** Which part of a partitioned data set the current selection needs (null = all). */
export type Scope = { kommuner: string[] | null; years: [number, number] | null };

/**
 * The most rows one tab may hold across all tables. Measured with `BENCH_LIMIT=only npm run bench`
 * (bench-results/bench-limit.md): one table of 4M rows loads (18 s, 5,6 GB peak renderer memory),
 * 8M fails inside the Parquet decoder's 4 GB wasm memory. We refuse beyond the largest size that
 * loaded, with a message, never a failed or frozen tab.
 */
export const MAX_ROWS_IN_TAB = 4_000_000;

export class TooMuchDataError extends Error {
	constructor(
		readonly requested: number,
		readonly limit: number
	) {
		const fmt = (n: number) => n.toLocaleString('sv-SE');
		super(
			`Urvalet omfattar ${fmt(requested)} rader, fler än en webbläsarflik klarar (högst ${fmt(limit)}). ` +
				'Välj färre kommuner eller år, eller låt en server med DuckDB svara på frågorna (se README).'
		);
		this.name = 'TooMuchDataError';
	}
}

/** The selection in the URL the views keep their state in: kommun/kommuner, fran/till. */
export function scopeFromUrl(params: URLSearchParams): Scope {
	const kommuner = [...params.getAll('kommun'), ...params.getAll('kommuner').flatMap((k) => k.split(','))]
		.map((k) => k.trim())
		.filter((k) => /^\d{4}$/.test(k));
	const from = Number(params.get('fran'));
	const to = Number(params.get('till'));
	const years: [number, number] | null =
		params.has('fran') || params.has('till')
			? [Number.isInteger(from) && from > 0 ? from : 0, Number.isInteger(to) && to > 0 ? to : 9999]
			: null;
	return { kommuner: kommuner.length > 0 ? [...new Set(kommuner)] : null, years };
}

export function partitionsFor(parts: readonly ManifestPartition[], scope: Scope): ManifestPartition[] {
	const kommuner = scope.kommuner ? new Set(scope.kommuner) : null;
	return parts.filter(
		(p) =>
			(!kommuner || kommuner.has(p.kommun)) && (!scope.years || (p.year >= scope.years[0] && p.year <= scope.years[1]))
	);
}

const inScope = (p: ManifestPartition, s: Scope) =>
	(!s.kommuner || s.kommuner.includes(p.kommun)) && (!s.years || (p.year >= s.years[0] && p.year <= s.years[1]));

/** Whether every partition `inner` selects is one `outer` selects (both as scopeFromUrl gives them). */
function covers(outer: Scope, inner: Scope): boolean {
	if (outer.kommuner && !(inner.kommuner && inner.kommuner.every((k) => outer.kommuner!.includes(k)))) return false;
	return !outer.years || (!!inner.years && inner.years[0] >= outer.years[0] && inner.years[1] <= outer.years[1]);
}

/**
 * Every selection seen in this tab, as one: a new selection without kommuner means the kommuner
 * already loaded (never all 290 at once); with kommuner, it adds theirs (all years when none named).
 * `seen` itself when the new one needs no partition of `parts` beyond it.
 */
export function widenScopes(
	seen: readonly Scope[],
	next: Scope,
	parts: readonly ManifestPartition[] | (() => readonly ManifestPartition[])
): Scope[] {
	if (seen.length === 0) return [next];
	const wider =
		next.kommuner !== null || seen.some((s) => s.kommuner === null)
			? next
			: { ...next, kommuner: [...new Set(seen.flatMap((s) => s.kommuner ?? []))] };
	// Most clicks narrow or keep the selection: one scope already seen holds it, and the partition
	// files (thousands at national scale) need not be looked at on every interaction.
	if (seen.some((s) => covers(s, wider))) return [...seen];
	const adds = (typeof parts === 'function' ? parts() : parts).some(
		(p) => inScope(p, wider) && !seen.some((s) => inScope(p, s))
	);
	return adds ? [...seen, wider] : [...seen];
}

/** Partitions any of `scopes` needs that are not among `loaded` (file names). */
export function missingPartitions(
	parts: readonly ManifestPartition[],
	scopes: readonly Scope[],
	loaded: ReadonlySet<string>
): ManifestPartition[] {
	return parts.filter((p) => !loaded.has(p.file) && scopes.some((s) => inScope(p, s)));
}

/** Rows a table would bring into the tab for this scope. */
export function plannedRows(entry: ManifestTable, scope: Scope): number {
	return entry.partitions ? partitionsFor(entry.partitions, scope).reduce((s, p) => s + p.rows, 0) : entry.rows;
}

/** Refuse before loading, never halfway: `already` rows are in the tab, `adding` would come. */
export function checkRowBudget(already: number, adding: number, limit = MAX_ROWS_IN_TAB): void {
	if (already + adding > limit) throw new TooMuchDataError(already + adding, limit);
}
