// The real Kolada dump in ../shared/opendata, imported end to end. Never copied into the project:
// read in place, written to a temp dir; skipped where the folder is absent (a user's clone).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNTIES } from '../../src/lib/kolada/counties';
import { SELECTED_KPIS } from '../../src/lib/kolada/selected-kpis';
import { koladaBenchmark, type BenchmarkRow } from '../../src/lib/queries/kolada-benchmark';
import { toRows, type Query } from '../../src/lib/queries/sql';
import type { KoladaManifest } from '../../src/lib/schema/kolada';
import { importKolada } from '../../scripts/kolada/import';
import { NodeRunner } from '../helpers/node-runner';
import { HAS_OPENDATA, OPENDATA } from '../helpers/paths';

/** Plain CSV lines (the dump's value and group files have no quoted fields). */
const lines = (file: string) =>
	readFileSync(join(OPENDATA, file), 'utf8')
		.trim()
		.split('\n')
		.slice(1)
		.map((l) => l.split(','));

/** R type 7 / Excel PERCENTILE.INC, computed here without DuckDB, to check the SQL against. */
function quantile(sorted: number[], q: number): number {
	const pos = (sorted.length - 1) * q;
	const lo = Math.floor(pos);
	return sorted[lo]! + (sorted[Math.min(lo + 1, sorted.length - 1)]! - sorted[lo]!) * (pos - lo);
}

const one = <T>(db: NodeRunner, text: string, params: (string | number)[] = []) =>
	db.run<{ x: T }>({ purpose: 'dump', sql: { text, params }, columns: ['x'] }).then((c) => c.x[0]!);

describe.skipIf(!HAS_OPENDATA)('the real Kolada dump (../shared/opendata), imported end to end', () => {
	let out: string;
	let manifest: KoladaManifest;
	let ms: number;
	let db: NodeRunner;
	beforeAll(async () => {
		out = mkdtempSync(join(tmpdir(), 'kolada-dump-'));
		({ manifest, ms } = await importKolada([OPENDATA], out, '2024-08-15'));
		db = await NodeRunner.open(out);
	});
	afterAll(() => db?.close());

	it('imports fast, with every row of the long CSV and the by-gender file', async () => {
		expect(ms).toBeLessThan(15_000);
		expect(await one<number>(db, "SELECT count(*)::INTEGER AS x FROM kolada_values WHERE sex = 'T'")).toBe(334_630);
		expect(await one<number>(db, "SELECT count(*)::INTEGER AS x FROM kolada_values WHERE sex IN ('K', 'M')")).toBe(
			lines('kolada_n00090_by_gender.csv').length
		);
		expect(manifest.vintage).toEqual({ fetched: '2024-08-15', first_year: 1994, last_year: 2022, source: 'files' });
		expect(manifest.attribution).toBe('Källa: Kolada (RKA)');
	});

	it('has 290 kommuner, 21 regions and Riket, and the län names agree with ours', async () => {
		expect(await one<number>(db, "SELECT count(*)::INTEGER AS x FROM kolada_municipalities WHERE type = 'K'")).toBe(
			290
		);
		expect(
			await one<number>(
				db,
				"SELECT count(*)::INTEGER AS x FROM kolada_municipalities WHERE type = 'L' AND kommun <> '0000'"
			)
		).toBe(21);
		const pairs = toRows(
			await db.run<{ county_code: string; county: string }>({
				purpose: 'län',
				sql: {
					text: 'SELECT DISTINCT county_code, county FROM kolada_municipalities WHERE county_code IS NOT NULL ORDER BY 1',
					params: []
				},
				columns: ['county_code', 'county']
			})
		);
		expect(Object.fromEntries(pairs.map((p) => [p.county_code, p.county]))).toEqual(COUNTIES);
	});

	it('holds the known figures', async () => {
		const val = (kpi: string, kommun: string, year: number, sex = 'T') =>
			one<number>(db, 'SELECT value AS x FROM kolada_values WHERE kpi = ? AND kommun = ? AND year = ? AND sex = ?', [
				kpi,
				kommun,
				year,
				sex
			]);
		expect(await val('N01951', '0127', 2022)).toBe(95_383);
		// The dump writes Riket 2022 as 1.05216e+07 (six significant digits): kept as written, and
		// noted in the manifest. The exact figure is the sum over the 290 kommuner, which SQL confirms.
		expect(await val('N01951', '0000', 2022)).toBe(10_521_600);
		expect(Math.abs((await val('N01951', '0000', 2022)) - 10_521_556)).toBeLessThanOrEqual(50);
		expect(
			await one<number>(
				db,
				`SELECT sum(v.value)::BIGINT AS x FROM kolada_values v JOIN kolada_municipalities m USING (kommun)
			WHERE m.type = 'K' AND v.kpi = 'N01951' AND v.year = 2022 AND v.sex = 'T'`
			)
		).toBe(10_521_556);
		expect(manifest.notes).toEqual([
			expect.stringMatching(
				/^kolada_values_long\.csv: 969 värden står med högst sex värdesiffror \(t\.ex\. 8\.81638e\+06\)/
			)
		]);
		const [geo, gender, year, v] = lines('kolada_n00090_by_gender.csv').find((l) => l[0] === '0127' && l[1] === 'k')!;
		expect(await val('N00090', geo!, Number(year), gender!.toUpperCase())).toBe(Number(v));
	});

	it('lists every selected KPI that the catalogue files hold', async () => {
		const ids = lines('kpis-selected.csv').map((l) => l[0]!);
		for (const id of ids) expect(SELECTED_KPIS).toContain(id);
		expect(
			await one<number>(
				db,
				`SELECT count(*)::INTEGER AS x FROM kolada_kpis WHERE kpi IN (${ids.map(() => '?').join(',')})`,
				ids
			)
		).toBe(ids.length);
	});

	for (const [kpi, kommun, area] of [
		['N01951', '0127', 'äldreomsorg'],
		['N00090', '0127', 'IFO'],
		['N20007', '0461', 'äldreomsorg']
	] as const)
		it(`benchmark ${kpi} for ${kommun} agrees with the CSV, computed here independently`, async () => {
			const kommuner = new Set(
				lines('municipalities.csv')
					.filter((l) => l[2] === 'K')
					.map((l) => l[0]!)
			);
			const csv = lines('kolada_values_long.csv').filter((l) => l[0] === kpi && l[3] !== '');
			const groupRows = lines('municipality_groups_liknande.csv').filter((l) => l[3] === kommun && l[1] === area);
			const newest = Math.max(...groupRows.map((l) => Number(l[2])));
			const members = new Set(groupRows.filter((l) => Number(l[2]) === newest).map((l) => l[5]!));
			expect(members.size).toBe(7);
			const rows = toRows(await db.run(koladaBenchmark({ kpi, kommun, sex: 'T', area })));
			expect(rows.length).toBeGreaterThan(0);
			for (const r of rows as BenchmarkRow[]) {
				const year = csv.filter((l) => Number(l[2]) === r.year);
				const ks = year
					.filter((l) => kommuner.has(l[1]!))
					.map((l) => Number(l[3]))
					.sort((a, b) => a - b);
				const ours = year.find((l) => l[1] === kommun);
				const peers = year.filter((l) => members.has(l[1]!)).map((l) => Number(l[3]));
				expect(r.n).toBe(ks.length);
				if (ks.length > 0) {
					expect(r.min).toBe(ks[0]);
					expect(r.max).toBe(ks.at(-1));
					expect(r.median).toBeCloseTo(quantile(ks, 0.5), 9);
					expect(r.p25).toBeCloseTo(quantile(ks, 0.25), 9);
					expect(r.p75).toBeCloseTo(quantile(ks, 0.75), 9);
				}
				expect(r.value).toBe(ours ? Number(ours[3]) : null);
				expect(r.rank).toBe(ours ? 1 + ks.filter((x) => x > Number(ours[3])).length : null);
				expect(r.riket).toBe(year.find((l) => l[1] === '0000') ? Number(year.find((l) => l[1] === '0000')![3]) : null);
				expect(r.peer_n).toBe(peers.length);
				if (peers.length > 0) expect(r.peer_mean!).toBeCloseTo(peers.reduce((a, b) => a + b, 0) / peers.length, 9);
			}
		});

	it('answers the benchmark for Botkyrka’s population in 2022 as Kolada would', async () => {
		const q: Query<BenchmarkRow> = koladaBenchmark({ kpi: 'N01951', kommun: '0127', sex: 'T', area: 'äldreomsorg' });
		const r = toRows(await db.run(q)).find((x) => x.year === 2022)!;
		expect(r).toMatchObject({ value: 95_383, riket: 10_521_600, region_kommun: '0001', n: 290, peer_size: 7 }); // Riket as the dump rounds it
		expect(r.region).toBeGreaterThan(2_000_000); // Region Stockholm's population
	});
});
