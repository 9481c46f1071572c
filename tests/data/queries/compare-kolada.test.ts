import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { comparison } from '../../../src/lib/queries/compare';
import { koladaKpiInfo, koladaMatches } from '../../../src/lib/queries/kolada-benchmark';
import { compareMunicipalities, measureOptions } from '../../../src/lib/queries/measure-options';
import { toRows } from '../../../src/lib/queries/sql';
import { NodeRunner } from '../../helpers/node-runner';
import { BUILT_DATA, HAS_OPENDATA, OPENDATA } from '../../helpers/paths';

// Jämför over Kolada's KPIs: runs whenever ../shared/opendata is present (the data suites' global
// setup has then imported it into the build); skipped only on a clone without it.
const KOLADA = join(BUILT_DATA, 'kolada');
const DUMP = join(OPENDATA, 'kolada_values_long.csv');

let db: NodeRunner;
beforeAll(async () => {
	if (HAS_OPENDATA) db = await NodeRunner.open(BUILT_DATA, [KOLADA]);
});
afterAll(() => db?.close());

const base = {
	kommuner: [] as string[],
	fromYear: 2021,
	toYear: 2021,
	sex: 'T' as const,
	ageBand: null,
	unitArea: null,
	norm: 'none' as const,
	baseYear: null
};

describe.skipIf(!HAS_OPENDATA)('Jämför with Kolada loaded (native DuckDB, same SQL as the browser)', () => {
	it('offers every Kolada KPI as a measure with its unit, and all 290 kommuner plus Riket', async () => {
		const options = toRows(await db.run(measureOptions()));
		const n00090 = options.find((o) => o.measure === 'kolada:N00090')!;
		expect(n00090).toMatchObject({ domain: 'kolada', unit: '%', kolada_kpi: 'N00090', higher_is_better: false });
		expect(options.filter((o) => o.domain !== 'kolada').length).toBeGreaterThan(50);
		const kommuner = toRows(await db.run(compareMunicipalities()));
		expect(
			kommuner
				.filter((k) => k.ours)
				.map((k) => k.kommun)
				.sort()
		).toEqual(['0127', '0461', '0881', '2085', '2262']);
		expect(kommuner.filter((k) => k.kommun !== '0000').length).toBe(290);
		expect(kommuner.some((k) => k.kommun === '0000' && k.name === 'Riket')).toBe(true);
	});

	it('the catalogue in parts (ours at once, Kolada’s when it arrives) is the whole catalogue, in its order', async () => {
		const all = await db.run(measureOptions());
		const own = await db.run(measureOptions('own'));
		const kolada = await db.run(measureOptions('kolada'));
		expect(JSON.stringify(toRows(all))).toBe(JSON.stringify([...toRows(own), ...toRows(kolada)]));
		expect(kolada.domain.every((d) => d === 'kolada')).toBe(true);
	});

	it('compares a Kolada KPI over all kommuner with the dump’s own values; Riket shown, never ranked', async () => {
		const rows = toRows(await db.run(comparison({ ...base, measure: 'kolada:N00090' })));
		const dump = new Map(
			readFileSync(DUMP, 'utf8')
				.split('\n')
				.map((l) => l.split(','))
				.filter((c) => c[0] === 'N00090' && c[2] === '2021' && c[3] !== '')
				.map((c) => [c[1]!, Number(c[3])])
		);
		const kommunRows = rows.filter((r) => r.kommun !== '0000');
		expect(kommunRows.length).toBe([...dump.keys()].filter((k) => /^\d{4}$/.test(k) && !k.startsWith('00')).length);
		for (const r of rows) expect(r.value).toBe(dump.get(r.kommun));
		expect(rows.find((r) => r.kommun === '0000')).toMatchObject({ rank: null, name: 'Riket' });
		// Lower sick leave is better: rank 1 is the lowest value among kommuner.
		const lowest = Math.min(...kommunRows.map((r) => r.value!));
		expect(kommunRows.find((r) => r.rank === 1)!.value).toBe(lowest);
		expect(new Set(kommunRows.map((r) => r.ranked))).toEqual(new Set([kommunRows.length]));
	});

	it('normalises our own figures per 1 000 inhabitants with Kolada population (N01951, years up to 2022)', async () => {
		const rows = toRows(
			await db.run(
				comparison({
					...base,
					fromYear: null,
					toYear: null,
					measure: 'income_support_households_count',
					norm: 'per_1000_inv'
				})
			)
		);
		const withDen = rows.filter((r) => r.denominator != null);
		expect(withDen.length).toBeGreaterThan(0);
		for (const r of withDen) expect(r.shown).toBeCloseTo(r.value! / r.denominator!, 10);
	});

	it('labels a KPI and lists which of our measures have a Kolada counterpart', async () => {
		expect(toRows(await db.run(koladaKpiInfo('N20900', '2262')))[0]).toMatchObject({
			unit: '%',
			region_name: expect.stringContaining('Västernorrland')
		});
		const matches = toRows(await db.run(koladaMatches('0461'))).map((m) => m.kolada_kpi);
		expect(matches).toContain('N00090');
		expect(matches).toContain('U23401');
	});
});
