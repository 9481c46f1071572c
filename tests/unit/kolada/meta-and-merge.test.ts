import { describe, expect, it } from 'vitest';
import type { z } from 'zod/mini';
import {
	chunk,
	dataUrls,
	kpiUrls,
	maxIdsPerSegment,
	peerGroupsUrl,
	yearsBetween
} from '../../../src/lib/kolada/api-urls';
import { countyCodeOf } from '../../../src/lib/kolada/counties';
import { koladaMunicipalityId, koladaNumber } from '../../../src/lib/kolada/ids';
import { mergeValues, yearRange } from '../../../src/lib/kolada/merge';
import { parseKpisCsv, parseMunicipalitiesCsv, parsePeerGroupsCsv } from '../../../src/lib/kolada/parse-meta-csv';
import { roundedInSource } from '../../../src/lib/kolada/precision';
import { SELECTED_KPIS } from '../../../src/lib/kolada/selected-kpis';
import {
	KOLADA_COLUMNS,
	KOLADA_SORT,
	KOLADA_TABLES,
	KoladaKpi,
	KoladaMunicipality,
	KoladaPeerGroup,
	KoladaValue
} from '../../../src/lib/schema/kolada';

describe('schema', () => {
	const zod: Record<string, z.ZodMiniObject> = {
		kolada_values: KoladaValue,
		kolada_municipalities: KoladaMunicipality,
		kolada_kpis: KoladaKpi,
		kolada_peer_groups: KoladaPeerGroup
	};
	for (const t of KOLADA_TABLES)
		it(`${t}: Parquet columns are the zod keys, sort keys are columns`, () => {
			expect(Object.keys(KOLADA_COLUMNS[t])).toEqual(Object.keys(zod[t]!.shape));
			for (const k of KOLADA_SORT[t]) expect(Object.keys(KOLADA_COLUMNS[t])).toContain(k);
		});
	it('rejects a kommun without its leading zero and a bad sex', () => {
		const ok = { kpi: 'N00090', kommun: '0127', year: 2022, sex: 'T', value: 1 };
		expect(KoladaValue.safeParse(ok).success).toBe(true);
		expect(KoladaValue.safeParse({ ...ok, kommun: '127' }).success).toBe(false);
		expect(KoladaValue.safeParse({ ...ok, sex: 'X' }).success).toBe(false);
		expect(KoladaValue.safeParse({ ...ok, kpi: 'X00090' }).success).toBe(false);
	});
});

describe('ids', () => {
	const ids: [string, string | null][] = [
		['0', '0000'],
		['0000', '0000'],
		['1', '0001'],
		['01', '0001'],
		['25', '0025'],
		['114', '0114'],
		['0114', '0114'],
		['2584', '2584'],
		['12345', null],
		['G1', null],
		['', null]
	];
	for (const [raw, want] of ids)
		it(`municipality id "${raw}" → ${want}`, () => expect(koladaMunicipalityId(raw)).toBe(want));
	it('numbers: strict, empty = null, garbage = undefined', () => {
		expect([
			koladaNumber(''),
			koladaNumber('1.5'),
			koladaNumber('-2'),
			koladaNumber('1e3'),
			koladaNumber('1,5'),
			koladaNumber('0x10')
		]).toEqual([null, 1.5, -2, 1000, undefined, undefined]);
	});
	it('county of a kommun, a region and Riket', () => {
		expect([countyCodeOf('0127'), countyCodeOf('0001'), countyCodeOf('2584'), countyCodeOf('0000')]).toEqual([
			'01',
			'01',
			'25',
			null
		]);
	});
	it('the selected KPI list has no duplicates and only Kolada ids', () => {
		expect(new Set(SELECTED_KPIS).size).toBe(SELECTED_KPIS.length);
		for (const k of SELECTED_KPIS) expect(k).toMatch(/^[NU]\d{5}$/);
	});
});

describe('metadata CSVs', () => {
	it('municipalities: Riket has no län, a kommun keeps its zero', () => {
		const rows = parseMunicipalitiesCsv(
			'code,name,type,county_code,county,region_title\n0000,Riket,L,,,\n0114,Upplands Väsby,K,01,Stockholms län,Region Stockholm\n',
			'm.csv'
		);
		expect(rows).toEqual([
			{ kommun: '0000', name: 'Riket', type: 'L', county_code: null, county: null },
			{ kommun: '0114', name: 'Upplands Väsby', type: 'K', county_code: '01', county: 'Stockholms län' }
		]);
		expect(() => parseMunicipalitiesCsv('code,name,type\n0114,,K\n', 'm.csv')).toThrow(/m\.csv \(rad 2, kolumn name\)/);
	});
	it('KPIs: True/False', () => {
		const rows = parseKpisCsv(
			'id,title,description,is_divided_by_gender,operating_area,auspice,publ_period\nN00090,"Sjukfrånvaro, andel (%)",d,True,"Kommunen, övergripande",E,2026\n',
			'k.csv'
		);
		expect(rows).toEqual([
			{
				kpi: 'N00090',
				title: 'Sjukfrånvaro, andel (%)',
				description: 'd',
				is_divided_by_gender: true,
				operating_area: 'Kommunen, övergripande',
				publ_period: '2026'
			}
		]);
		expect(() => parseKpisCsv('id,title,is_divided_by_gender\nN00090,t,Kanske\n', 'k.csv')).toThrow(
			/rad 2, kolumn is_divided_by_gender/
		);
	});
	it('peer groups', () => {
		const rows = parsePeerGroupsCsv(
			'group_id,area,group_year,anchor_id,anchor_name,member_id,member_name\nG175905,ekonomiskt bistånd,2023,1440,Ale,1292,Ängelholm\n',
			'g.csv'
		);
		expect(rows).toEqual([
			{
				group_id: 'G175905',
				area: 'ekonomiskt bistånd',
				group_year: 2023,
				anchor_kommun: '1440',
				member_kommun: '1292'
			}
		]);
		expect(() =>
			parsePeerGroupsCsv('group_id,area,group_year,anchor_id,member_id\nG1,IFO,2024,1440,x\n', 'g.csv')
		).toThrow(/rad 2, kolumn member_id/);
	});
});

describe('merge', () => {
	const a: KoladaValue = { kpi: 'N00090', kommun: '0127', year: 2022, sex: 'T', value: 6.9 };
	it('keeps identical duplicates once and joins different keys', () => {
		expect(
			mergeValues([
				{ file: 'a', rows: [a] },
				{ file: 'b', rows: [a, { ...a, sex: 'K', value: 7.6 }] }
			])
		).toHaveLength(2);
	});
	it('refuses two files that disagree, naming both', () => {
		expect(() =>
			mergeValues([
				{ file: 'a.csv', rows: [a] },
				{ file: 'b.json', rows: [{ ...a, value: 7 }] }
			])
		).toThrow(/N00090 0127 2022 T .*a\.csv och b\.json/);
	});
	it('vintage counts years with a figure only', () => {
		expect(yearRange([a, { ...a, year: 2024, value: null }, { ...a, year: 2001 }])).toEqual({
			first_year: 2001,
			last_year: 2022
		});
	});
});

describe('API URLs', () => {
	const kpis = Array.from({ length: 30 }, (_, i) => `N${String(i).padStart(5, '0')}`);
	it('chunks ids at 25 per path segment', () => {
		expect(chunk(kpis).map((c) => c.length)).toEqual([25, 5]);
		const urls = dataUrls('https://api.kolada.se/v3/', kpis, yearsBetween(1990, 2020));
		expect(urls).toHaveLength(4);
		for (const u of urls) expect(maxIdsPerSegment(u)).toBeLessThanOrEqual(25);
		expect(urls[0]).toMatch(
			/^https:\/\/api\.kolada\.se\/v3\/data\/kpi\/N00000,.*,N00024\/year\/1990,.*,2014\?per_page=5000$/
		);
		expect(kpiUrls('http://x/v3', kpis)).toHaveLength(2);
		expect(peerGroupsUrl('http://x/v3')).toBe(
			'http://x/v3/municipality_groups?title=Liknande%20kommuner&per_page=5000'
		);
	});
});

describe('roundedInSource', () => {
	const cases: [string, number][] = [
		['kpi,municipality_id,year,value\nN01951,0000,2022,1.05216e+07,L\nN01951,0127,2022,95383,K\n', 1],
		['a,b\n1E+06,2.5e6\n3,4\n', 2],
		['a,b\n10521556,6.9\n', 0]
	];
	for (const [text, n] of cases)
		it(`finds ${n} exponent-form values`, () => expect(roundedInSource(text).count).toBe(n));
});
