import { z } from 'zod';
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

type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

/**
 * The precomputed headlines, only when they belong to the data being served (same data hash as
 * manifest.json) and were computed by the browser's DuckDB version; otherwise nothing, and the
 * page waits for its own answer. Fetched with the data hash in the URL so no cache serves an old one.
 */
export async function fetchPrecomputedHeadlines(
	base: string,
	fetchFn: Fetch = fetch
): Promise<BudgetHeadlineRow[] | undefined> {
	try {
		const manifest = await fetchFn(`${base}/data/manifest.json`, { cache: 'no-cache' });
		if (!manifest.ok) return undefined;
		const { version } = z.object({ version: z.string() }).parse(await manifest.json());
		const res = await fetchFn(`${base}/data/headlines.json?v=${encodeURIComponent(version)}`);
		if (!res.ok) return undefined;
		const parsed = PrecomputedHeadlines.safeParse(await res.json());
		if (!parsed.success || parsed.data.version !== version || parsed.data.engine !== DUCKDB_VERSION) return undefined;
		return parsed.data.rows;
	} catch {
		return undefined;
	}
}
