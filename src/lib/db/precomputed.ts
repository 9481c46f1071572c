import { z } from 'zod/mini';
import { BudgetHeadlineRow } from '$lib/queries/budget-headline';
import { DUCKDB_VERSION } from './engine-version';

/**
 * static/data/headlines.json: the first screen's figures, answered at build time by the same SQL
 * the browser runs. `version` is the data hash of the manifest it was built with, `engine` the
 * DuckDB that answered.
 */
export const PrecomputedHeadlines = z.object({
	version: z.string(),
	engine: z.string(),
	rows: z.array(BudgetHeadlineRow)
});
export type PrecomputedHeadlines = z.infer<typeof PrecomputedHeadlines>;

/** The headlines Översikt may show before its engine answers, and the data build they belong to. */
export type Headlines = { version: string; rows: BudgetHeadlineRow[] };

/**
 * The precomputed headlines, only when they belong to the data beside them (same data hash as
 * manifest.json) and were computed by the browser's DuckDB version; otherwise nothing, and the
 * page waits for its own answer.
 */
export function checkPrecomputed(manifest: unknown, headlines: unknown): Headlines | undefined {
	const m = z.object({ version: z.string() }).safeParse(manifest);
	const parsed = PrecomputedHeadlines.safeParse(headlines);
	if (!m.success || !parsed.success) return undefined;
	const { version, engine, rows } = parsed.data;
	return version === m.data.version && engine === DUCKDB_VERSION ? { version, rows } : undefined;
}
