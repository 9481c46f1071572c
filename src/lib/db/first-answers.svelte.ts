import { z } from 'zod/mini';
import { questionKey, type Columns, type Sql } from '$lib/queries/sql';
import { DUCKDB_VERSION } from './engine-version';
import { fetchManifest } from './manifest-fetch';

/**
 * static/data/first-answers.json: the answers to each view's first questions at its default URL,
 * computed by the data build with the same SQL through the same protected views on native DuckDB
 * (scripts/lib/first-answers.ts). `version` is the manifest's data hash, `engine` the DuckDB that
 * answered; an answer is the query's columns, as the engine hands them over.
 */
export const FirstAnswersFile = z.object({
	version: z.string(),
	engine: z.string(),
	answers: z.array(
		z.object({
			purpose: z.string(),
			sql: z.object({ text: z.string(), params: z.array(z.union([z.string(), z.number(), z.boolean(), z.null()])) }),
			length: z.int().check(z.nonnegative()),
			columns: z.record(z.string(), z.array(z.unknown()))
		})
	)
});
export type FirstAnswersFile = z.infer<typeof FirstAnswersFile>;

/** By question (questionKey); replaced whole, never changed in place. */
let answers = $state.raw<Record<string, Columns<unknown>> | undefined>(undefined);
let started = false;

/**
 * The build's answer to exactly this question (reactive: none until the file is in). It is the
 * engine's answer only while the tables the question reads are as served: the caller asks only
 * then (LiveQuery: at revision 0 of those tables).
 */
export function firstAnswer(q: Sql): Columns<unknown> | undefined {
	const key = questionKey(q);
	return answers && Object.hasOwn(answers, key) ? answers[key] : undefined;
}

type Fetch = (url: string, init?: RequestInit) => Promise<Response>;
/** How many own extracts this browser keeps (src/lib/import/persist.ts). */
const keptExtracts = async () => (await (await (await import('$lib/import/persist')).ownStore()).list()).length;

/**
 * Fetched beside the manifest, and used only when it belongs to the data being served (same data
 * hash as the manifest of this page's data folder), was answered by the browser's DuckDB version,
 * and no own extract is kept in this browser (it would change the answers once restored).
 * `root` is the page's data folder (load.ts dataRoot). Kept for the visit: a view reached later
 * draws its first chart from them while the engine answers other questions.
 */
export function startFirstAnswers(
	base: string,
	root: string,
	{
		fetchFn = fetch,
		ownExtracts = keptExtracts,
		// The data hash from the manifest the engine loads by (one fetch of it per visit).
		dataVersion = async () => (await fetchManifest(base, root)).version
	}: { fetchFn?: Fetch; ownExtracts?: () => Promise<number>; dataVersion?: () => Promise<string> } = {}
): void {
	if (started) return;
	started = true;
	void (async () => {
		const [version, res, own] = await Promise.all([
			dataVersion(),
			fetchFn(`${base}/data/first-answers.json`, { cache: 'no-cache' }),
			ownExtracts()
		]);
		if (!res.ok || own > 0) return;
		const file = FirstAnswersFile.parse(await res.json());
		if (file.version !== version || file.engine !== DUCKDB_VERSION) return;
		// A named mark so `npm run bench` and the profiles can tell when the views could use them.
		performance.mark('tertial:first-answers');
		answers = Object.fromEntries(
			file.answers.map((a) => [questionKey(a.sql), { ...a.columns, length: a.length } as Columns<unknown>])
		);
	})().catch(() => {
		// Without them the views wait for the engine, as they always could.
	});
}
