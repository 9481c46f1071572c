import {
	dataUrls,
	KOLADA_BASE_URL,
	kpiUrls,
	maxIdsPerSegment,
	MAX_IDS_PER_SEGMENT,
	municipalityUrl,
	peerGroupsUrl,
	yearsBetween
} from '../../src/lib/kolada/api-urls';
import type { ApiPage } from '../../src/lib/kolada/parse-api-data';
import { parseApiData } from '../../src/lib/kolada/parse-api-data';
import { parseApiKpis, parseApiMunicipalities, parseApiPeerGroups } from '../../src/lib/kolada/parse-api-meta';
import { mergeValues } from '../../src/lib/kolada/merge';
import type { KoladaKpi, KoladaRows, KoladaValue } from '../../src/lib/schema/kolada';
import type { Sourced } from '../../src/lib/kolada/merge';
import { DEFAULT_HTTP, KoladaHttpError, politeGetJson, type HttpDeps, type HttpOptions } from './http';

export type FetchOptions = {
	baseUrl: string;
	kpis: readonly string[];
	fromYear: number;
	toYear: number;
	http: HttpOptions;
	/** Caps for a server that never stops handing out pages: requests in all, and wall time. */
	maxRequests?: number;
	maxTotalMs?: number;
};

// A full run of the selected KPIs takes ~200 requests and a few minutes.
export const MAX_REQUESTS = 2_000;
export const MAX_TOTAL_MS = 30 * 60_000;

export const defaultFetchOptions = (kpis: readonly string[], now: Date): FetchOptions => ({
	baseUrl: KOLADA_BASE_URL,
	kpis,
	fromYear: 2000,
	toYear: now.getFullYear(),
	http: DEFAULT_HTTP
});

/**
 * Every page of one listing, following next_url. The next page must stay on the base URL's
 * origin (a test server must never hand us on to the real API) and must not repeat a page.
 */
async function allPages<T>(
	getJson: (url: string) => Promise<unknown>,
	first: string,
	base: string,
	parse: (json: unknown, file: string) => ApiPage<T>
): Promise<T[]> {
	const out: T[] = [];
	const seen = new Set<string>();
	let url: string | null = first;
	while (url) {
		if (maxIdsPerSegment(url) > MAX_IDS_PER_SEGMENT)
			throw new KoladaHttpError(url, `fler än ${MAX_IDS_PER_SEGMENT} id i en del av adressen`);
		seen.add(url);
		const page = parse(await getJson(url), url);
		out.push(...page.rows);
		if (!page.next) break;
		const next: URL = new URL(page.next, url);
		if (next.origin !== new URL(base).origin)
			throw new KoladaHttpError(url, `next_url pekar till en annan server (${next.origin})`);
		if (seen.has(next.href))
			throw new KoladaHttpError(url, `next_url pekar tillbaka till en sida som redan hämtats (${next.href})`);
		url = next.href;
	}
	return out;
}

/** The selected KPIs' values for every kommun/region, the KPI catalogue rows, municipalities and peer groups. */
export async function fetchKolada(
	opts: FetchOptions,
	deps: HttpDeps
): Promise<{ rows: KoladaRows; skipped: string[]; requests: number }> {
	let requests = 0;
	const get = politeGetJson(deps, opts.http);
	const started = deps.now();
	const maxRequests = opts.maxRequests ?? MAX_REQUESTS;
	const maxTotalMs = opts.maxTotalMs ?? MAX_TOTAL_MS;
	const getJson = (url: string) => {
		if (requests >= maxRequests)
			throw new KoladaHttpError(url, `fler än ${maxRequests} anrop — servern slutar inte ge nya sidor; avbryter`);
		if (deps.now() - started > maxTotalMs)
			throw new KoladaHttpError(
				url,
				`hämtningen har pågått över ${maxTotalMs >= 60_000 ? `${Math.round(maxTotalMs / 60_000)} min` : `${maxTotalMs / 1000} s`}; avbryter`
			);
		requests++;
		return get(url);
	};
	const base = opts.baseUrl;
	deps.log(`Kolada ${base}: kommuner och regioner`);
	const kolada_municipalities = await allPages(getJson, municipalityUrl(base), base, parseApiMunicipalities);
	deps.log(`Kolada: ${opts.kpis.length} nyckeltal, beskrivningar`);
	const kpiRows: KoladaKpi[] = [];
	for (const url of kpiUrls(base, opts.kpis)) kpiRows.push(...(await allPages(getJson, url, base, parseApiKpis)));
	deps.log('Kolada: grupperna "Liknande kommuner"');
	const skipped: string[] = [];
	const kolada_peer_groups = await allPages(getJson, peerGroupsUrl(base), base, (json, file) => {
		const page = parseApiPeerGroups(json, file, kolada_municipalities);
		skipped.push(...page.skipped);
		return page;
	});
	const values: Sourced<KoladaValue>[] = [];
	const urls = dataUrls(base, opts.kpis, yearsBetween(opts.fromYear, opts.toYear));
	for (const [i, url] of urls.entries()) {
		deps.log(`Kolada: värden ${i + 1}/${urls.length}`);
		values.push({ file: url, rows: await allPages(getJson, url, base, parseApiData) });
	}
	return {
		rows: { kolada_values: mergeValues(values), kolada_municipalities, kolada_kpis: kpiRows, kolada_peer_groups },
		skipped,
		requests
	};
}
