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

type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

/**
 * The precomputed headlines, only when they belong to the data being served (same data hash as
 * manifest.json) and were computed by the browser's DuckDB version; otherwise nothing, and the
 * page waits for its own answer. Both files are asked for at once (one round trip, not two) and
 * revalidated (`no-cache`), so no cache serves headlines older than the manifest beside them.
 */
export async function fetchPrecomputedHeadlines(
	base: string,
	fetchFn: Fetch = fetch
): Promise<BudgetHeadlineRow[] | undefined> {
	try {
		const [manifest, res] = await Promise.all([
			fetchFn(`${base}/data/manifest.json`, { cache: 'no-cache' }),
			fetchFn(`${base}/data/headlines.json`, { cache: 'no-cache' })
		]);
		if (!manifest.ok || !res.ok) return undefined;
		const [m, h] = await Promise.all([manifest.json(), res.json()]);
		const { version } = z.object({ version: z.string() }).parse(m);
		const parsed = PrecomputedHeadlines.safeParse(h);
		if (!parsed.success || parsed.data.version !== version || parsed.data.engine !== DUCKDB_VERSION) return undefined;
		return parsed.data.rows;
	} catch {
		return undefined;
	}
}
