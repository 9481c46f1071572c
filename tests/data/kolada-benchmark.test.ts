import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { koladaBenchmark, koladaPeerMembers, type BenchmarkRow } from '../../src/lib/queries/kolada-benchmark';
import { toRows } from '../../src/lib/queries/sql';
import type { KoladaMunicipality, KoladaPeerGroup, KoladaValue } from '../../src/lib/schema/kolada';
import { writeKoladaTables } from '../../scripts/kolada/write-tables';
import { NodeRunner } from '../helpers/node-runner';

// A hand-made Kolada: six kommuner in two län, Riket, one region; values chosen so every statistic
// can be worked out on paper (comments give the arithmetic).
const m = (kommun: string, name: string, type: 'K' | 'L', county_code: string | null): KoladaMunicipality => ({
	kommun,
	name,
	type,
	county_code,
	county: county_code ? `län ${county_code}` : null
});
const municipalities = [
	m('0000', 'Riket', 'L', null),
	m('0001', 'Region Stockholm', 'L', '01'),
	m('0114', 'A', 'K', '01'),
	m('0115', 'B', 'K', '01'),
	m('0117', 'C', 'K', '01'),
	m('0120', 'D', 'K', '01'),
	m('0180', 'E', 'K', '01'),
	m('1480', 'F', 'K', '14'),
	m('0980', 'Gotland', 'K', '09')
];
const v = (
	kommun: string,
	year: number,
	value: number | null,
	sex: 'T' | 'K' | 'M' = 'T',
	kpi = 'N00090'
): KoladaValue => ({ kpi, kommun, year, sex, value });
const values = [
	v('0000', 2020, 6),
	v('0000', 2021, 6.5),
	v('0001', 2021, 8),
	v('0114', 2021, 5),
	v('0115', 2021, 7),
	v('0117', 2021, 7),
	v('0120', 2021, 9),
	v('0180', 2021, null),
	v('1480', 2021, 3),
	v('0114', 2021, 4, 'K'),
	v('0115', 2021, 10, 'K'),
	v('0000', 2022, 7),
	v('0114', 2022, 6),
	v('0114', 2021, 1000, 'T', 'N01951') // another KPI must not leak in
];
const g = (group_id: string, area: string, group_year: number, member_kommun: string): KoladaPeerGroup => ({
	group_id,
	area,
	group_year,
	anchor_kommun: '0114',
	member_kommun
});
const groups = [
	g('G1', 'äldreomsorg', 2023, '0115'),
	g('G1', 'äldreomsorg', 2023, '0117'),
	g('G2', 'äldreomsorg', 2024, '0117'),
	g('G2', 'äldreomsorg', 2024, '0120'),
	g('G2', 'äldreomsorg', 2024, '0180'),
	g('G3', 'IFO', 2024, '1480')
];

let db: NodeRunner;
beforeAll(async () => {
	const dir = mkdtempSync(join(tmpdir(), 'kolada-bench-'));
	await writeKoladaTables(
		{ kolada_values: values, kolada_municipalities: municipalities, kolada_kpis: [], kolada_peer_groups: groups },
		dir,
		{
			generated_from: 'test',
			vintage: { fetched: '2024-08-15', first_year: 2020, last_year: 2022, source: 'files' },
			notes: []
		}
	);
	db = await NodeRunner.open(dir);
});
afterAll(() => db?.close());

const run = async (
	kommun: string,
	sex: 'T' | 'K' | 'M' = 'T',
	area: 'äldreomsorg' | 'IFO' | 'LSS' = 'äldreomsorg'
): Promise<BenchmarkRow[]> => toRows(await db.run(koladaBenchmark({ kpi: 'N00090', kommun, sex, area })));

describe('koladaBenchmark', () => {
	it('binds every filter value as a parameter', () => {
		const q = koladaBenchmark({ kpi: 'N00090', kommun: '0114', sex: 'T', area: 'äldreomsorg' });
		expect(q.sql.params).toEqual(['N00090', '0114', 'T', 'äldreomsorg']);
		expect(q.sql.text).not.toMatch(/N00090|'0114'|äldreomsorg/);
	});

	it('per year: ours, Riket, region, newest peer group mean, distribution over kommuner, rank', async () => {
		const [y2020, y2021, y2022] = await run('0114');
		// 2021 kommuner with a figure: F 3, A 5, B 7, C 7, D 9 (E is null; Riket and the region are not kommuner).
		// Quartiles interpolate (R type 7): p25 at position 1 → 5, median at 2 → 7, p75 at 3 → 7.
		// Peer group: the newest (G2, 2024) = C, D, E → mean of 7 and 9 = 8 with 2 of 3 members reporting.
		// Rank, highest first: D 9 = 1, B and C 7 = 2, A 5 = 4; lowest first: F 3 = 1, A 5 = 2.
		expect(y2021).toEqual({
			year: 2021,
			value: 5,
			riket: 6.5,
			region_kommun: '0001',
			region: 8,
			peer_group: 'G2',
			peer_group_year: 2024,
			peer_mean: 8,
			peer_n: 2,
			peer_size: 3,
			n: 5,
			min: 3,
			p25: 5,
			median: 7,
			p75: 7,
			max: 9,
			rank: 4,
			rank_low: 2
		});
		expect(y2022).toMatchObject({
			year: 2022,
			value: 6,
			riket: 7,
			region: null,
			peer_mean: null,
			peer_n: 0,
			n: 1,
			median: 6,
			rank: 1
		});
		expect(y2020).toMatchObject({ year: 2020, value: null, riket: 6, n: 0, min: null, median: null, rank: null });
	});

	it('ties share the better rank', async () => {
		const [b, c] = await Promise.all([run('0115'), run('0117')]);
		expect(b.find((r) => r.year === 2021)!.rank).toBe(2);
		expect(c.find((r) => r.year === 2021)!.rank).toBe(2);
		// Lowest first: F 3, A 5, then B and C share 3.
		expect(b.find((r) => r.year === 2021)!.rank_low).toBe(3);
		expect(c.find((r) => r.year === 2021)!.rank_low).toBe(3);
	});

	it('filters on sex', async () => {
		const k = await run('0114', 'K');
		expect(k).toHaveLength(1);
		expect(k[0]).toMatchObject({ year: 2021, value: 4, riket: null, n: 2, min: 4, median: 7, max: 10, rank: 2 });
	});

	it('uses the requested area and copes with no group and a null value', async () => {
		expect((await run('0114', 'T', 'IFO'))[1]).toMatchObject({
			peer_group: 'G3',
			peer_mean: 3,
			peer_n: 1,
			peer_size: 1
		});
		expect((await run('0114', 'T', 'LSS'))[1]).toMatchObject({
			peer_group: null,
			peer_group_year: null,
			peer_mean: null,
			peer_n: 0,
			peer_size: 0
		});
		expect((await run('0180'))[1]).toMatchObject({ year: 2021, value: null, rank: null, n: 5, region_kommun: '0001' });
		expect((await run('0980'))[1]).toMatchObject({ region_kommun: '0009', region: null });
	});

	it('lists the newest group’s members by name', async () => {
		expect(toRows(await db.run(koladaPeerMembers('0114', 'äldreomsorg')))).toEqual([
			{ kommun: '0117', name: 'C', group_id: 'G2', group_year: 2024 },
			{ kommun: '0120', name: 'D', group_id: 'G2', group_year: 2024 },
			{ kommun: '0180', name: 'E', group_id: 'G2', group_year: 2024 }
		]);
	});
});
