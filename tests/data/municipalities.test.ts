import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvObjects, parseCsv } from '../../src/lib/csv/parse';
import { compareMunicipalities } from '../../src/lib/queries/measure-options';
import { municipalityCoverage } from '../../src/lib/queries/overview';
import { sickLeaveFigures } from '../../src/lib/queries/sick-leave';
import { toRows } from '../../src/lib/queries/sql';
import { personalKommuner } from '../../src/lib/queries/staffing';
import { NodeRunner } from '../helpers/node-runner';
import { BUILT_DATA, DATA_DIR, SHARED } from '../helpers/paths';

const read = (file: string) => csvObjects(parseCsv(readFileSync(file, 'utf8'))).map((r) => r.values);
const ours = read(join(DATA_DIR, 'municipalities.csv'));
const REFERENCE = join(SHARED, 'opendata', 'municipalities.csv');
const DOCUMENT_KOMMUNER = ['0127', '0461', '0881', '2085', '2262'];

describe('municipalities: all 290 kommuner and Riket', () => {
	it('has 290 kommuner with län, and Riket 0000', () => {
		const kommuner = ours.filter((m) => m.kommun !== '0000');
		expect(kommuner).toHaveLength(290);
		expect(new Set(kommuner.map((m) => m.kommun)).size).toBe(290);
		for (const m of kommuner) expect(m.kommun!.slice(0, 2)).toBe(m.lan_code);
		expect(new Set(kommuner.map((m) => m.lan_code)).size).toBe(21);
		expect(ours.find((m) => m.kommun === '0000')).toMatchObject({ name: 'Riket' });
	});

	it.skipIf(!existsSync(REFERENCE))('agrees with the reference list: 290/290 codes, names and län', () => {
		const ref = read(REFERENCE).filter((r) => r.type === 'K');
		expect(ref).toHaveLength(290);
		const byCode = new Map(ours.map((m) => [m.kommun, m]));
		const agree = ref.filter((r) => {
			const m = byCode.get(r.code!);
			return m && m.name === r.name && m.lan_code === r.county_code && m.lan_name === r.county;
		});
		expect(agree.map((r) => r.code)).toEqual(ref.map((r) => r.code));
	});
});

describe.skipIf(!existsSync(join(BUILT_DATA, 'staffing.parquet')))('views with every kommun in the table', () => {
	let db: NodeRunner;
	beforeAll(async () => {
		db = await NodeRunner.open(BUILT_DATA);
		// A user's own figure for a kommun outside the documents (Malmö 1280), synthetic.
		await db.conn
			.run(`INSERT INTO restricted.sick_leave BY NAME SELECT 'user:hr.csv' AS source, 2 AS line, 'summa av 3 rader' AS quote, '1280' AS kommun,
			DATE '2024-02-01' AS period_start, DATE '2024-02-29' AS period_end, 'month' AS period_kind, 'feb 2024' AS period_label,
			'sick_leave_total_pct' AS measure, 'actual' AS value_kind, 'T' AS sex, 5.4 AS value, '%' AS unit, 40 AS n, true AS canonical`);
		await db.createViews();
	});
	afterAll(() => db?.close());

	it('a kommun is "ours" when we have its figures, not because it is in the table', async () => {
		const rows = toRows(await db.run(compareMunicipalities()));
		expect(
			rows
				.filter((r) => r.ours)
				.map((r) => r.kommun)
				.sort()
		).toEqual([...DOCUMENT_KOMMUNER, '1280'].sort());
		expect(new Set(rows.map((r) => r.kommun)).size).toBe(rows.length);
		expect(rows.find((r) => r.kommun === '0000')).toMatchObject({ name: 'Riket', lan_name: null, ours: false });
		expect(rows.find((r) => r.kommun === '1280')).toMatchObject({ name: 'Malmö', lan_name: 'Skåne län' });
	});

	it('an own kommun shows by name, and lists stay to kommuner with figures', async () => {
		const fig = toRows(await db.run(sickLeaveFigures('1280', 'total')));
		expect(fig[0]).toMatchObject({ name: 'Malmö', value: 5.4 });
		const coverage = toRows(await db.run(municipalityCoverage()));
		expect(coverage.map((c) => c.kommun).sort()).toEqual([...DOCUMENT_KOMMUNER, '1280'].sort());
		const personal = toRows(await db.run(personalKommuner()));
		expect(personal.map((p) => p.name)).toContain('Malmö');
		expect(personal).toHaveLength(6);
	});
});
