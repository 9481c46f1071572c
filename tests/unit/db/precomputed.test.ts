import { describe, expect, it } from 'vitest';
import { DUCKDB_VERSION } from '../../../src/lib/db/engine-version';
import { fetchPrecomputedHeadlines } from '../../../src/lib/db/precomputed';

const row = {
	kommun: '0461',
	name: 'Gnesta',
	report_id: 'r1',
	report_label: 'Delår',
	period_label: 'jan–aug 2024',
	budget_year_tkr: -100,
	forecast_year_tkr: -110,
	deviation_tkr: -10,
	deviation_pct: null,
	source: 's',
	line: 1,
	quote: 'q',
	file: 'f',
	note: null,
	note_sv: null
};

function fakeFetch(manifestVersion: string, headlines: unknown, seen: string[] = []) {
	return async (url: string, init?: RequestInit) => {
		seen.push(`${url} ${init?.cache ?? 'default'}`);
		const body = url.includes('manifest.json') ? { version: manifestVersion } : headlines;
		return new Response(JSON.stringify(body), { status: 200 });
	};
}

describe('precomputed headlines', () => {
	it('are used when they carry the served data hash and the browser engine, asked for beside the manifest', async () => {
		const seen: string[] = [];
		const rows = await fetchPrecomputedHeadlines(
			'',
			fakeFetch('abc', { version: 'abc', engine: DUCKDB_VERSION, rows: [row] }, seen)
		);
		expect(rows).toEqual([row]);
		// Both at once, both revalidated: no cache can pair new data with old headlines.
		expect(seen).toEqual(['/data/manifest.json no-cache', '/data/headlines.json no-cache']);
	});

	it('do not wait for the manifest before they are asked for', async () => {
		let headlinesAsked!: () => void;
		const asked = new Promise<void>((r) => (headlinesAsked = r));
		const inner = fakeFetch('abc', { version: 'abc', engine: DUCKDB_VERSION, rows: [row] });
		const fetchFn = async (url: string, init?: RequestInit) => {
			if (url.includes('headlines')) headlinesAsked();
			// The manifest answers only once the headlines were asked for: sequential requests never finish.
			else await Promise.race([asked, new Promise((_, no) => setTimeout(() => no(new Error('in turn')), 1000))]);
			return inner(url, init);
		};
		expect(await fetchPrecomputedHeadlines('', fetchFn)).toEqual([row]);
	});

	it.each([
		['another data build', { version: 'old', engine: DUCKDB_VERSION, rows: [row] }],
		['another engine', { version: 'abc', engine: 'v1.5.5', rows: [row] }],
		['no engine stated', { version: 'abc', rows: [row] }],
		['a row of the wrong shape', { version: 'abc', engine: DUCKDB_VERSION, rows: [{ ...row, deviation_tkr: '-10' }] }]
	])('are ignored when they come from %s (the page computes its own)', async (_why, headlines) => {
		expect(await fetchPrecomputedHeadlines('', fakeFetch('abc', headlines))).toBeUndefined();
	});

	it('are ignored when the server has none', async () => {
		const missing = async () => new Response('', { status: 404 });
		expect(await fetchPrecomputedHeadlines('', missing)).toBeUndefined();
	});
});
