import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toRows } from '../../src/lib/queries/sql';
import { KoladaManifest, KoladaMunicipality, KoladaPeerGroup, KoladaValue } from '../../src/lib/schema/kolada';
import { importKolada } from '../../scripts/kolada/import';
import { NodeRunner } from '../helpers/node-runner';

/** A folder of small Kolada files in every accepted shape, written by the test. */
function fixtureDir(): string {
	const dir = mkdtempSync(join(tmpdir(), 'kolada-files-'));
	writeFileSync(
		join(dir, 'values.csv'),
		'kpi,municipality_id,year,value,municipality_type\nN00090,0,2022,8.1,L\nN00090,0127,2022,6.9,K\nN00090,0127,2021,,K\n'
	);
	writeFileSync(join(dir, 'gender.csv'), 'geo,gender,year,n00090\n0,k,2022,9.4\n0127,m,2022,5.1\n');
	writeFileSync(
		join(dir, 'municipalities.csv'),
		'code,name,type,county_code,county,region_title\n0000,Riket,L,,,\n0127,Botkyrka,K,01,Stockholms län,Region Stockholm\n'
	);
	writeFileSync(
		join(dir, 'kpis-selected.csv'),
		'id,title,description,is_divided_by_gender,operating_area,auspice,publ_period\nN00090,Sjukfrånvaro,d,True,Kommunen,E,2026\n'
	);
	writeFileSync(
		join(dir, 'groups.csv'),
		'group_id,area,group_year,anchor_id,anchor_name,member_id,member_name\nG1,IFO,2024,0127,Botkyrka,0136,Haninge\n'
	);
	writeFileSync(
		join(dir, 'api-page.json'),
		JSON.stringify({
			values: [
				{
					kpi: 'N01951',
					municipality_id: '0127',
					period: 2022,
					values: [{ gender: 'T', status: '', value: 95383, count: 1 }]
				}
			],
			next_url: null
		})
	);
	writeFileSync(join(dir, 'README.md'), 'not a Kolada file');
	writeFileSync(join(dir, 'notes.csv'), 'a,b\n1,2\n');
	return dir;
}

describe('npm run data:kolada:import (fixture files)', () => {
	it('reads every shape into the four tables, byte-identically on a second run', async () => {
		const dir = fixtureDir();
		const [outA, outB] = [mkdtempSync(join(tmpdir(), 'kolada-a-')), mkdtempSync(join(tmpdir(), 'kolada-b-'))];
		const a = await importKolada([dir], outA, '2024-08-15');
		const b = await importKolada([dir], outB, '2024-08-15');
		expect(b.manifest).toEqual(a.manifest);
		expect(KoladaManifest.parse(JSON.parse(readFileSync(join(outA, 'manifest.json'), 'utf8')))).toEqual(a.manifest);
		expect(a.manifest.vintage).toEqual({ fetched: '2024-08-15', first_year: 2022, last_year: 2022, source: 'files' });
		expect(a.report.skipped).toEqual(['notes.csv: inte en Kolada-fil som känns igen']);
		expect(Object.fromEntries(Object.entries(a.manifest.tables).map(([t, m]) => [t, m.rows]))).toEqual({
			kolada_values: 6,
			kolada_municipalities: 2,
			kolada_kpis: 1,
			kolada_peer_groups: 1
		});

		const db = await NodeRunner.open(outA);
		const vals = toRows(
			await db.run<KoladaValue>({
				purpose: 't',
				sql: { text: 'SELECT * FROM kolada_values', params: [] },
				columns: ['kpi', 'kommun', 'year', 'sex', 'value']
			})
		);
		expect(vals).toEqual([
			{ kpi: 'N00090', kommun: '0000', year: 2022, sex: 'K', value: 9.4 },
			{ kpi: 'N00090', kommun: '0000', year: 2022, sex: 'T', value: 8.1 },
			{ kpi: 'N00090', kommun: '0127', year: 2021, sex: 'T', value: null },
			{ kpi: 'N00090', kommun: '0127', year: 2022, sex: 'M', value: 5.1 },
			{ kpi: 'N00090', kommun: '0127', year: 2022, sex: 'T', value: 6.9 },
			{ kpi: 'N01951', kommun: '0127', year: 2022, sex: 'T', value: 95383 }
		]);
		for (const r of vals) KoladaValue.parse(r);
		const muni = toRows(
			await db.run<KoladaMunicipality>({
				purpose: 't',
				sql: { text: 'SELECT * FROM kolada_municipalities', params: [] },
				columns: ['kommun']
			})
		);
		for (const r of muni) KoladaMunicipality.parse(r);
		const grp = toRows(
			await db.run<KoladaPeerGroup>({
				purpose: 't',
				sql: { text: 'SELECT * FROM kolada_peer_groups', params: [] },
				columns: ['group_id']
			})
		);
		expect(grp.map((r) => KoladaPeerGroup.parse(r))).toEqual([
			{ group_id: 'G1', area: 'IFO', group_year: 2024, anchor_kommun: '0127', member_kommun: '0136' }
		]);
		db.close();
	});

	it('stops on a malformed file with file, row and column, and leaves the previous output alone', async () => {
		const dir = fixtureDir();
		const out = mkdtempSync(join(tmpdir(), 'kolada-bad-'));
		await importKolada([dir], out, '2024-08-15');
		const before = readFileSync(join(out, 'manifest.json'), 'utf8');
		writeFileSync(
			join(dir, 'values.csv'),
			'kpi,municipality_id,year,value\nN00090,0127,2022,6.9\nN00090,0127,2022x,7\n'
		);
		await expect(importKolada([dir], out)).rejects.toThrow('values.csv (rad 3, kolumn year): "2022x" är inget årtal');
		expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe(before);
	});

	it('refuses two files that disagree on a figure', async () => {
		const dir = fixtureDir();
		writeFileSync(
			join(dir, 'api-page-2.json'),
			JSON.stringify({
				values: [{ kpi: 'N00090', municipality_id: '0127', period: 2022, values: [{ gender: 'T', value: 7.0 }] }]
			})
		);
		await expect(importKolada([dir], mkdtempSync(join(tmpdir(), 'kolada-c-')))).rejects.toThrow(
			/N00090 0127 2022 T .*api-page-2\.json och values\.csv/
		);
	});

	it('takes single files as well as folders', async () => {
		const dir = fixtureDir();
		const out = mkdtempSync(join(tmpdir(), 'kolada-d-'));
		const { manifest } = await importKolada([join(dir, 'values.csv')], out);
		expect(manifest.tables.kolada_values!.rows).toBe(3);
		expect(manifest.tables.kolada_municipalities!.rows).toBe(0);
		expect(existsSync(join(out, 'kolada_peer_groups.parquet'))).toBe(true);
	});

	it('adds a values-only file to the set already there: kommuner, KPIs and groups stay, a same-key value is replaced', async () => {
		const out = mkdtempSync(join(tmpdir(), 'kolada-merge-'));
		const first = await importKolada([fixtureDir()], out, '2024-08-15');
		const more = mkdtempSync(join(tmpdir(), 'kolada-more-'));
		writeFileSync(
			join(more, 'values.csv'),
			'kpi,municipality_id,year,value,municipality_type\nN00090,0127,2022,7.5,K\nN00090,0127,2023,7.0,K\n'
		);
		const { manifest, merged } = await importKolada([more], out, '2025-01');
		expect(merged).toBe(true);
		const rows = (t: string) => manifest.tables[t]!.rows;
		expect(rows('kolada_municipalities')).toBe(first.manifest.tables.kolada_municipalities!.rows);
		expect(rows('kolada_kpis')).toBe(first.manifest.tables.kolada_kpis!.rows);
		expect(rows('kolada_peer_groups')).toBe(first.manifest.tables.kolada_peer_groups!.rows);
		expect(rows('kolada_values')).toBe(first.manifest.tables.kolada_values!.rows + 1);
		expect(manifest.vintage.last_year).toBe(2023);
		const db = await NodeRunner.open(out);
		const botkyrka = toRows(
			await db.run<{ year: number; value: number }>({
				purpose: 'test',
				sql: {
					text: "SELECT year, value FROM kolada_values WHERE kpi = 'N00090' AND kommun = '0127' AND sex = 'T' AND value IS NOT NULL ORDER BY year",
					params: []
				},
				columns: ['year', 'value']
			})
		);
		db.close();
		expect(botkyrka).toEqual([
			{ year: 2022, value: 7.5 },
			{ year: 2023, value: 7 }
		]);
	});

	it('replaces the whole set only when asked (--replace)', async () => {
		const out = mkdtempSync(join(tmpdir(), 'kolada-replace-'));
		await importKolada([fixtureDir()], out, '2024-08-15');
		const { manifest, merged } = await importKolada([join(fixtureDir(), 'values.csv')], out, '2025-01', {
			replace: true
		});
		expect(merged).toBe(false);
		expect(manifest.tables.kolada_municipalities!.rows).toBe(0);
		expect(manifest.tables.kolada_values!.rows).toBe(3);
	});

	it('warns about values whose KPI id is not in the KPI catalogue', async () => {
		const { warnings } = await importKolada([fixtureDir()], mkdtempSync(join(tmpdir(), 'kolada-warn-')), '2024-08-15');
		expect(warnings).toEqual([
			expect.stringMatching(/^1 nyckeltal har värden men finns inte i KPI-katalogen .*: N01951$/)
		]);
	});
});
