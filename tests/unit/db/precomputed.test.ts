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
	return async (url: string) => {
		seen.push(url);
		const body = url.includes('manifest.json') ? { version: manifestVersion } : headlines;
		return new Response(JSON.stringify(body), { status: 200 });
	};
}

describe('precomputed headlines', () => {
	it('are used when they carry the served data hash and the browser engine, fetched with the hash in the URL', async () => {
		const seen: string[] = [];
		const rows = await fetchPrecomputedHeadlines(
			'',
			fakeFetch('abc', { version: 'abc', engine: DUCKDB_VERSION, rows: [row] }, seen)
		);
		expect(rows).toEqual([row]);
		expect(seen).toEqual(['/data/manifest.json', '/data/headlines.json?v=abc']);
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
