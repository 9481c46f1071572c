import { describe, expect, it } from 'vitest';
import { detectCsv, detectJson } from '../../../src/lib/kolada/detect';
import { parseApiData } from '../../../src/lib/kolada/parse-api-data';
import {
	parseApiKpis,
	parseApiMunicipalities,
	parseApiPeerGroups,
	parsePeerGroupTitle
} from '../../../src/lib/kolada/parse-api-meta';
import { KoladaKpi, KoladaMunicipality, KoladaPeerGroup, KoladaValue } from '../../../src/lib/schema/kolada';

const v3 = {
	values: [
		{
			kpi: 'N00090',
			municipality_id: '0127',
			period: 2022,
			values: [
				{ gender: 'K', status: '', value: 7.6, count: 1 },
				{ gender: 'M', status: '', value: 5.1, count: 1 },
				{ gender: 'T', status: '', value: 6.9, count: 1 }
			]
		},
		{
			kpi: 'U23401',
			municipality_id: '0000',
			period: '2022',
			values: [{ gender: 'T', status: 'Saknas', value: null, count: 0 }]
		}
	],
	next_url: 'https://api.kolada.se/v3/data/kpi/N00090/year/2022?page=2&per_page=5000'
};
const v2 = {
	values: [{ kpi: 'N01951', municipality: '0127', period: 2022, values: [{ gender: 'T', status: '', value: 95383 }] }],
	next_page: null,
	count: 1
};

describe('parseApiData', () => {
	it('reads v3 (municipality_id, next_url, count) with every sex and a null value', () => {
		const page = parseApiData(v3, 'v3.json');
		expect(page.next).toBe(v3.next_url);
		expect(page.rows).toEqual([
			{ kpi: 'N00090', kommun: '0127', year: 2022, sex: 'K', value: 7.6 },
			{ kpi: 'N00090', kommun: '0127', year: 2022, sex: 'M', value: 5.1 },
			{ kpi: 'N00090', kommun: '0127', year: 2022, sex: 'T', value: 6.9 },
			{ kpi: 'U23401', kommun: '0000', year: 2022, sex: 'T', value: null }
		]);
		for (const r of page.rows) expect(KoladaValue.parse(r)).toEqual(r);
	});
	it('reads v2 (municipality, next_page)', () => {
		expect(parseApiData(v2, 'v2.json')).toEqual({
			rows: [{ kpi: 'N01951', kommun: '0127', year: 2022, sex: 'T', value: 95383 }],
			next: null
		});
	});
	it('treats an empty next_url as the last page', () => {
		expect(parseApiData({ values: [], next_url: '' }, 'e.json').next).toBeNull();
	});

	const item = v3.values[0]!;
	const bad: [string, unknown, RegExp][] = [
		['not an object', '<html>', /bad\.json \(kolumn values\): inget Kolada-svar/],
		['no values list', { data: [] }, /inget Kolada-svar/],
		['a bad kpi', { values: [{ ...item, kpi: 'N0009' }] }, /bad\.json \(post 1, kolumn kpi\): "N0009"/],
		['a missing municipality', { values: [{ ...item, municipality_id: undefined }] }, /post 1, kolumn municipality_id/],
		[
			'OU data',
			{ values: [{ kpi: 'N00090', ou: 'V15E1', period: 2022, values: [] }] },
			/post 1, kolumn ou\): data per organisatorisk enhet/
		],
		['a bad period', { values: [{ ...item, period: '2022H1' }] }, /post 1, kolumn period\): "2022H1" är inget årtal/],
		[
			'a bad gender',
			{ values: [{ ...item, values: [{ gender: 'X', value: 1 }] }] },
			/post 1, kolumn values\[0\]\.gender\)/
		],
		[
			'a text value',
			{ values: [{ ...item, values: [{ gender: 'T', value: '6,9' }] }] },
			/post 1, kolumn values\[0\]\.value\): "6,9" är inget tal/
		],
		['the second record bad', { values: [item, { ...item, period: null }] }, /post 2, kolumn period/],
		['a numeric next_url', { values: [], next_url: 3 }, /kolumn next_url/]
	];
	for (const [name, json, re] of bad)
		it(`rejects ${name}`, () => expect(() => parseApiData(json, 'bad.json')).toThrow(re));
});

describe('API metadata', () => {
	const municipalities = parseApiMunicipalities(
		{
			values: [
				{ id: '0000', title: 'Riket', type: 'L' },
				{ id: '0001', title: 'Region Stockholm', type: 'L' },
				{ id: '0127', title: 'Botkyrka', type: 'K' },
				{ id: '0136', title: 'Haninge', type: 'K' },
				{ id: '0980', title: 'Gotland', type: 'K' }
			],
			next_url: null
		},
		'm.json'
	).rows;

	it('municipalities get their län from the code', () => {
		expect(municipalities.map((m) => [m.kommun, m.county_code, m.county])).toEqual([
			['0000', null, null],
			['0001', '01', 'Stockholms län'],
			['0127', '01', 'Stockholms län'],
			['0136', '01', 'Stockholms län'],
			['0980', '09', 'Gotlands län']
		]);
		for (const m of municipalities) KoladaMunicipality.parse(m);
		expect(() => parseApiMunicipalities({ values: [{ id: '0127', title: 'B', type: 'X' }] }, 'm.json')).toThrow(
			/post 1, kolumn type/
		);
	});

	it('KPIs: gender flag as boolean or 0/1', () => {
		const rows = parseApiKpis(
			{
				values: [
					{
						id: 'N00090',
						title: 'Sjukfrånvaro',
						description: 'd',
						is_divided_by_gender: 1,
						operating_area: 'Kommunen, övergripande',
						publ_period: 2026
					},
					{ id: 'N20007', title: 'Kostnad', is_divided_by_gender: false }
				]
			},
			'k.json'
		).rows;
		expect(rows).toEqual([
			{
				kpi: 'N00090',
				title: 'Sjukfrånvaro',
				description: 'd',
				is_divided_by_gender: true,
				operating_area: 'Kommunen, övergripande',
				publ_period: '2026'
			},
			{
				kpi: 'N20007',
				title: 'Kostnad',
				description: '',
				is_divided_by_gender: false,
				operating_area: null,
				publ_period: null
			}
		]);
		for (const r of rows) KoladaKpi.parse(r);
		expect(() =>
			parseApiKpis({ values: [{ id: 'N00090', title: 'x', is_divided_by_gender: 'ja' }] }, 'k.json')
		).toThrow(/is_divided_by_gender/);
	});

	const titles: [string, ReturnType<typeof parsePeerGroupTitle>][] = [
		['Liknande kommuner äldreomsorg, Botkyrka, 2024', { area: 'äldreomsorg', anchorName: 'Botkyrka', year: 2024 }],
		['Liknande kommuner, övergripande, Höör, 2025', { area: 'övergripande', anchorName: 'Höör', year: 2025 }],
		[
			'Liknande kommuner ekonomiskt bistånd, Arboga, 2023',
			{ area: 'ekonomiskt bistånd', anchorName: 'Arboga', year: 2023 }
		],
		['Liknande kommuner grundskola, Linköping', null],
		['Större stad', null]
	];
	for (const [title, want] of titles)
		it(`group title "${title}"`, () => expect(parsePeerGroupTitle(title)).toEqual(want));

	it('peer groups: members by id, anchor by name, other groups skipped', () => {
		const page = parseApiPeerGroups(
			{
				values: [
					{
						id: 'G176505',
						title: 'Liknande kommuner äldreomsorg, Botkyrka, 2024',
						members: [
							{ id: '0136', title: 'Haninge' },
							{ id: '0980', title: 'Gotland' }
						]
					},
					{ id: 'G92790', title: 'Större stad', members: [{ id: '0127', title: 'Botkyrka' }] },
					{ id: 'G1', title: 'Liknande kommuner IFO, Okänd, 2024', members: [] }
				],
				next_url: null
			},
			'g.json',
			municipalities
		);
		expect(page.rows).toEqual([
			{ group_id: 'G176505', area: 'äldreomsorg', group_year: 2024, anchor_kommun: '0127', member_kommun: '0136' },
			{ group_id: 'G176505', area: 'äldreomsorg', group_year: 2024, anchor_kommun: '0127', member_kommun: '0980' }
		]);
		for (const r of page.rows) KoladaPeerGroup.parse(r);
		expect(page.skipped).toHaveLength(2);
		expect(() =>
			parseApiPeerGroups(
				{ values: [{ id: 'G2', title: 'Liknande kommuner LSS, Botkyrka, 2024', members: [{ id: 'x' }] }] },
				'g.json',
				municipalities
			)
		).toThrow(/g\.json \(post 1, kolumn members\[0\]\.id\)/);
	});
});

describe('detect', () => {
	const csv: [string, ReturnType<typeof detectCsv>][] = [
		['kpi,municipality_id,year,value,municipality_type', 'values-long'],
		['geo,gender,year,n00090', 'values-gender'],
		['code,name,type,county_code,county,region_title', 'municipalities'],
		['id,title,description,is_divided_by_gender,operating_area,auspice,publ_period', 'kpis'],
		['group_id,area,group_year,anchor_id,anchor_name,member_id,member_name', 'peer-groups'],
		['kommun,period_start,value', null]
	];
	for (const [header, kind] of csv)
		it(`CSV ${header} → ${kind}`, () => expect(detectCsv(header.split(','))).toBe(kind));
	const json: [unknown, ReturnType<typeof detectJson>][] = [
		[v3, 'api-data'],
		[{ values: [] }, 'api-data'],
		[{ values: [{ id: 'G1', title: 't', members: [] }] }, 'api-groups'],
		[{ values: [{ id: 'N00090', title: 't', is_divided_by_gender: true }] }, 'api-kpis'],
		[{ values: [{ id: '0127', title: 'B', type: 'K' }] }, 'api-municipalities'],
		[{ rows: [] }, null],
		[[1, 2], null]
	];
	for (const [j, kind] of json) it(`JSON → ${kind}`, () => expect(detectJson(j)).toBe(kind));
});
