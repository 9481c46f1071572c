import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maxIdsPerSegment } from '../../../src/lib/kolada/api-urls';
import { KoladaManifest } from '../../../src/lib/schema/kolada';
import { fetchKolada, type FetchOptions } from '../../../scripts/kolada/fetch-all';
import { fetchKoladaToDir } from '../../../scripts/kolada/fetch';
import { retryAfterMs, type HttpDeps } from '../../../scripts/kolada/http';
import { fakeValue, MUNICIPALITIES, startFakeKolada, type FakeKolada } from './fake-kolada';

const KPIS = Array.from({ length: 30 }, (_, i) => `N${String(20000 + i * 7).padStart(5, '0')}`);
const START = Date.UTC(2025, 2, 14, 9, 0, 0);

let api: FakeKolada;
let clock: number;
let sleeps: number[];
let fetchedAt: number[];
let logs: string[];

beforeEach(async () => {
	api = await startFakeKolada(5000);
	clock = START;
	sleeps = [];
	fetchedAt = [];
	logs = [];
});
afterEach(() => api.close());

/** Real HTTP to the local server; a fake clock and sleep, so backoff is asserted without waiting. */
const deps = (): HttpDeps => ({
	fetch: (input, init) => {
		fetchedAt.push(clock);
		return fetch(input, init);
	},
	sleep: async (ms) => {
		sleeps.push(ms);
		clock += ms;
	},
	now: () => clock,
	log: (l) => logs.push(l)
});
const opts = (over: Partial<FetchOptions> = {}, http: Partial<FetchOptions['http']> = {}): FetchOptions => ({
	baseUrl: api.base,
	kpis: KPIS,
	fromYear: 1995,
	toYear: 2020,
	http: { minIntervalMs: 200, timeoutMs: 2000, retries: 2, backoffMs: 100, maxBackoffMs: 10_000, ...http },
	...over
});

describe('fetchKolada against a local Kolada v3 stand-in', () => {
	// ~20 000 records through real HTTP: generous for a loaded 2-core machine.
	it(
		'fetches every page of every chunk, never more than 25 ids per path segment, politely spaced',
		{ timeout: 30_000 },
		async () => {
			const { rows, requests, skipped } = await fetchKolada(opts(), deps());
			expect(requests).toBe(api.requests.length);
			for (const url of api.requests) expect(maxIdsPerSegment(url), url).toBeLessThanOrEqual(25);
			const data = api.requests.filter((u) => u.includes('/data/'));
			expect(new Set(data.map((u) => new URL(u).pathname)).size).toBe(4); // 30 KPIs → 25 + 5; 26 years → 25 + 1
			expect(data.some((u) => u.includes('page=4'))).toBe(true); // 25 × 25 × 32 = 20 000 records → 4 pages of 5 000
			expect(rows.kolada_values).toHaveLength(KPIS.length * 26 * MUNICIPALITIES.length * 3);
			for (const v of rows.kolada_values.filter((_, i) => i % 997 === 0))
				expect(v.value).toBe(fakeValue(v.kpi, v.kommun, v.year, v.sex));
			expect(rows.kolada_values.some((v) => v.value === null)).toBe(true);
			expect(rows.kolada_kpis.map((k) => k.kpi)).toEqual(KPIS);
			expect(rows.kolada_municipalities).toHaveLength(MUNICIPALITIES.length);
			expect(rows.kolada_peer_groups).toHaveLength(7);
			expect(rows.kolada_peer_groups[0]).toMatchObject({
				group_id: 'G100',
				area: 'äldreomsorg',
				anchor_kommun: '0110',
				group_year: 2024
			});
			expect(skipped).toEqual(['G101 "Större stad"']);
			for (let i = 1; i < fetchedAt.length; i++) expect(fetchedAt[i]! - fetchedAt[i - 1]!).toBeGreaterThanOrEqual(200);
		}
	);

	it('writes the four Parquet tables and a manifest with the vintage', async () => {
		const out = mkdtempSync(join(tmpdir(), 'kolada-fetch-'));
		const { manifest } = await fetchKoladaToDir(opts({ kpis: KPIS.slice(0, 3), fromYear: 2019 }), deps(), out);
		const onDisk = KoladaManifest.parse(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')));
		expect(onDisk).toEqual(manifest);
		expect(manifest.vintage).toEqual({ fetched: '2025-03-14', first_year: 2019, last_year: 2020, source: 'api' });
		expect(manifest.tables.kolada_values!.rows).toBe(3 * 2 * MUNICIPALITIES.length * 3);
		expect(Object.keys(manifest.tables)).toEqual([
			'kolada_values',
			'kolada_municipalities',
			'kolada_kpis',
			'kolada_peer_groups'
		]);
	});
});

describe('fetchKolada when the API misbehaves', () => {
	// Spacing below the backoff, so each sleep recorded is either 50 (spacing) or a backoff.
	const small = (http: Partial<FetchOptions['http']> = {}) =>
		opts({ kpis: KPIS.slice(0, 2), fromYear: 2020 }, { minIntervalMs: 50, ...http });

	it('retries an HTML 500 page and carries on', async () => {
		api.faults.set('/v3/municipality', [{ kind: 'html500' }]);
		const { rows } = await fetchKolada(small(), deps());
		expect(rows.kolada_municipalities).toHaveLength(MUNICIPALITIES.length);
		expect(sleeps[0]).toBe(100);
		expect(logs.join('\n')).toMatch(/HTTP 500 .*Internal Server Error Kolada underhåll.*försöker igen/);
	});

	it('gives up on a persistent 500 with a clear error, after exponential backoff', async () => {
		api.faults.set('/v3/municipality', [{ kind: 'html500' }, { kind: 'html500' }, { kind: 'html500' }]);
		await expect(fetchKolada(small(), deps())).rejects.toThrow(
			/Kolada-API:t: http:\/\/127\.0\.0\.1:\d+\/v3\/municipality\?per_page=5000: HTTP 500 Internal Server Error: "Internal Server Error Kolada underhåll" \(gav upp efter 3 försök\)/
		);
		expect(sleeps).toEqual([100, 200]);
		expect(api.requests).toHaveLength(3);
	});

	it('times out a slow response and retries it', async () => {
		api.faults.set('/v3/municipality', [{ kind: 'slow', ms: 600 }]);
		const { rows } = await fetchKolada(small({ timeoutMs: 150 }), deps());
		expect(rows.kolada_municipalities).toHaveLength(MUNICIPALITIES.length);
		expect(logs.join('\n')).toMatch(/inget svar inom 0\.15 s/);
		expect(api.requests.filter((u) => u.includes('/v3/municipality?')).length).toBe(2);
	});

	it('backs off on 429, honouring Retry-After, and doubles the wait without it', async () => {
		api.faults.set('/v3/data', [
			{ kind: 'status', status: 429, retryAfter: 3 },
			{ kind: 'status', status: 429 }
		]);
		const { rows } = await fetchKolada(small(), deps());
		expect(rows.kolada_values.length).toBeGreaterThan(0);
		expect(sleeps.filter((s) => s !== 50)).toEqual([3000, 200]); // Retry-After 3 s; then 100 · 2¹
	});

	it('does not retry a 404, and says which URL', async () => {
		api.faults.set('/v3/kpi', [{ kind: 'status', status: 404 }]);
		await expect(fetchKolada(small(), deps())).rejects.toThrow(/\/v3\/kpi\/N20000,N20007\?per_page=5000: HTTP 404/);
		expect(api.requests.filter((u) => u.includes('/v3/kpi/'))).toHaveLength(1);
	});

	it('rejects a 200 that is not JSON', async () => {
		api.faults.set('/v3/municipality_groups', [{ kind: 'html200' }]);
		await expect(fetchKolada(small(), deps())).rejects.toThrow(/svaret är inte JSON \(text\/html\): "Logga in"/);
	});

	it('refuses a next_url to another server (so no test can reach the real API)', async () => {
		api.faults.set('/v3/data', [
			{ kind: 'redirect-next', to: 'https://api.kolada.se/v3/data/kpi/N20000/year/2020?page=2' }
		]);
		await expect(fetchKolada(small(), deps())).rejects.toThrow(
			/next_url pekar till en annan server \(https:\/\/api\.kolada\.se\)/
		);
		for (const u of api.requests) expect(u.startsWith('http://127.0.0.1:')).toBe(true);
	});

	it('reports a network error after retrying', async () => {
		const base = api.base;
		await api.close();
		await expect(fetchKolada({ ...small(), baseUrl: base }, deps())).rejects.toThrow(
			/nätverksfel: fetch failed \(ECONNREFUSED\) \(gav upp efter 3 försök\)/
		);
		api = await startFakeKolada();
	});
});

describe('fetchKolada trusts no more than it must', () => {
	const small = (over: Partial<FetchOptions> = {}) =>
		opts({ kpis: KPIS.slice(0, 2), fromYear: 2020, ...over }, { minIntervalMs: 50 });

	it('refuses an HTTP redirect to another host, and that host gets no request', async () => {
		let elsewhere = 0;
		const other = createServer((_req, res) => {
			elsewhere++;
			res.end('{"values":[]}');
		});
		await new Promise<void>((r) => other.listen(0, '127.0.0.1', r));
		const port = (other.address() as AddressInfo).port;
		api.faults.set('/v3/municipality', [{ kind: 'redirect', to: `http://127.0.0.1:${port}/v3/municipality` }]);
		const out = mkdtempSync(join(tmpdir(), 'kolada-redirect-'));
		await expect(fetchKoladaToDir(small(), deps(), out)).rejects.toThrow(
			new RegExp(`omdirigeras till en annan server \\(http://127\\.0\\.0\\.1:${port}\\) — följs inte`)
		);
		expect(elsewhere).toBe(0);
		expect(readdirSync(out)).toEqual([]);
		other.close();
	});

	it('follows a redirect on the same server', async () => {
		api.faults.set('/v3/municipality', [{ kind: 'redirect', to: `${api.base}/municipality?per_page=5000&moved=1` }]);
		const { rows } = await fetchKolada(small(), deps());
		expect(rows.kolada_municipalities).toHaveLength(MUNICIPALITIES.length);
		expect(api.requests.some((u) => u.includes('moved=1'))).toBe(true);
	});

	it('stops a server that never stops handing out pages: request cap', async () => {
		api.faults.set(
			'/v3/municipality',
			Array.from({ length: 500 }, () => ({ kind: 'fresh-next' as const }))
		);
		await expect(fetchKolada(small({ maxRequests: 40 }), deps())).rejects.toThrow(/fler än 40 anrop/);
		expect(api.requests.length).toBe(40);
	});

	it('stops a run that takes too long: time cap', async () => {
		api.faults.set(
			'/v3/municipality',
			Array.from({ length: 500 }, () => ({ kind: 'fresh-next' as const }))
		);
		// 50 ms between requests on the fake clock: 2 s is about 40 requests.
		await expect(fetchKolada(small({ maxTotalMs: 2_000 }), deps())).rejects.toThrow(/pågått över 2 s; avbryter/);
		expect(api.requests.length).toBeLessThan(45);
	});

	it('honours Retry-After given as an HTTP date, beyond its own backoff cap', async () => {
		const at = new Date(START + 15_000).toUTCString();
		api.faults.set('/v3/municipality', [{ kind: 'status', status: 503, retryAfter: at }]);
		const { rows } = await fetchKolada(small(), deps());
		expect(rows.kolada_municipalities).toHaveLength(MUNICIPALITIES.length);
		expect(sleeps.filter((s) => s !== 50)).toEqual([15_000]); // maxBackoffMs is 10 s
	});

	it('reads Retry-After in seconds or as a date, and ignores nonsense', () => {
		expect(retryAfterMs('120', START)).toBe(120_000);
		expect(retryAfterMs(new Date(START + 4_000).toUTCString(), START)).toBe(4_000);
		expect(retryAfterMs(new Date(START - 4_000).toUTCString(), START)).toBe(0);
		expect(retryAfterMs('soon', START)).toBe(0);
		expect(retryAfterMs(null, START)).toBe(0);
	});

	it('never writes an empty set: no kommuner is an error, and the previous set stays', async () => {
		const out = mkdtempSync(join(tmpdir(), 'kolada-empty-'));
		await fetchKoladaToDir(small(), deps(), out);
		const before = readFileSync(join(out, 'manifest.json'), 'utf8');
		api.faults.set('/v3/municipality', [{ kind: 'empty' }]);
		await expect(fetchKoladaToDir(small(), deps(), out)).rejects.toThrow(/inga rader för kolada_municipalities/);
		expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe(before);
		const fresh = mkdtempSync(join(tmpdir(), 'kolada-empty-'));
		api.faults.set('/v3/municipality_groups', [{ kind: 'empty' }]);
		await expect(fetchKoladaToDir(small(), deps(), fresh)).rejects.toThrow(/inga rader för kolada_peer_groups/);
		expect(existsSync(join(fresh, 'manifest.json'))).toBe(false);
	});
});
