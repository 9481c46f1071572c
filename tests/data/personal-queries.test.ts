import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kpiFigures, sickLeaveComparison, sickLeaveFigures, type FigureRow } from '../../src/lib/queries/sick-leave';
import { toRows } from '../../src/lib/queries/sql';
import { personalKommuner, staffingFigures } from '../../src/lib/queries/staffing';
import { emptyDatabase, insert } from '../helpers/fixture';
import { NodeRunner } from '../helpers/node-runner';
import { BUILT_DATA } from '../helpers/paths';

const pick = (rows: FigureRow[], p: Partial<FigureRow>) =>
	rows.filter((r) => Object.entries(p).every(([k, v]) => r[k as keyof FigureRow] === v));

describe('personal queries on the built real data', () => {
	let db: NodeRunner;
	beforeAll(async () => (db = await NodeRunner.open(BUILT_DATA)));
	afterAll(() => db?.close());

	it('Botkyrka: 6,8 % in 2023 (part of year), down 0,6 from 7,4 % in 2022 = better, periods not equally long', async () => {
		const rows = toRows(await db.run(sickLeaveFigures('0127', 'total')));
		const [r] = pick(rows, { measure: 'sick_leave_total_pct', period_start: '2023-01-01' });
		expect([r?.value, r?.change, r?.direction, r?.better, r?.same_length, r?.prev_label]).toEqual([
			6.8,
			-0.6,
			'down',
			true,
			false,
			'2022'
		]);
		expect(r?.file).toBe('botkyrka-socialnamnden-2023-09-19.txt');
		expect(r?.line).toBe(447);
		expect(pick(rows, { measure: 'sick_leave_day1_14_pct', period_start: '2023-01-01' })[0]?.value).toBe(1.9);
	});

	it('Gnesta: jan–jun 2023 6,8 % against target 8 % (met); printed twice, shown once; by sex and age', async () => {
		const total = toRows(await db.run(sickLeaveFigures('0461', 'total')));
		const t23 = pick(total, { measure: 'sick_leave_total_pct', period_label: 'jan–jun 2023' });
		expect(t23.map((r) => [r.value, r.target, r.meets_target, r.n])).toEqual([[6.8, 8, true, 335]]);
		expect(t23[0]?.prev_label).toBe('jan–aug 2022');
		const bySex = toRows(await db.run(sickLeaveFigures('0461', 'sex')));
		expect(
			pick(bySex, { measure: 'sick_leave_total_pct', period_label: 'jan–jun 2023' }).map((r) => [r.sex, r.value])
		).toEqual([
			['T', 6.8],
			['K', 7.2],
			['M', 4.6]
		]);
		const byAge = toRows(await db.run(sickLeaveFigures('0461', 'age')));
		expect(
			pick(byAge, { period_label: 'jan–jun 2023' })
				.filter((r) => r.age_band)
				.map((r) => [r.age_band, r.value])
		).toEqual([
			['-29', 8.1],
			['30-49', 8.2],
			['50-', 5]
		]);
		// No real group is 10 or smaller: nothing is hidden in the documents' figures.
		expect([...total, ...bySex, ...byAge].filter((r) => r.suppressed)).toEqual([]);
	});

	it('Gnesta: årsarbetare by sex, jan–jun 2023', async () => {
		const rows = toRows(await db.run(staffingFigures('0461')));
		expect(pick(rows, { measure: 'staff_fte', period_label: 'jan–jun 2023' }).map((r) => [r.sex, r.value])).toEqual([
			['T', 297],
			['K', 253],
			['M', 44]
		]);
	});

	it('Timrå: sick leave 9,2 % in 2022 after 7,5 % in 2021', async () => {
		const rows = toRows(await db.run(sickLeaveFigures('2262', 'total')));
		const r = pick(rows, { measure: 'sick_leave_total_pct' }).find((x) => x.period_end.startsWith('2022'));
		expect([r?.value, r?.direction, r?.better]).toEqual([9.2, 'up', false]);
	});

	it('comparison: every municipality with sick leave, whole committee only; picker lists them first', async () => {
		const rows = toRows(await db.run(sickLeaveComparison('sick_leave_total_pct')));
		const withData = toRows(await db.run(personalKommuner()))
			.filter((k) => k.sick_leave_rows > 0)
			.map((k) => k.kommun);
		expect([...new Set(rows.map((r) => r.kommun))].sort()).toEqual(
			withData.filter((k) => rows.some((r) => r.kommun === k)).sort()
		);
		expect(rows.every((r) => r.sex === 'T' && r.age_band == null && r.unit_area == null)).toBe(true);
	});
});

describe('a SYNTHETIC user extract: 15 units × 12 months, K/M/T with group sizes, some ≤ 10', () => {
	let db: NodeRunner;
	const UNITS = 15,
		MONTHS = 12;
	beforeAll(async () => {
		db = await emptyDatabase();
		await insert(db, 'municipalities', [
			{ kommun: '9999', name: 'Syntetisk kommun (testdata)', lan_code: '99', lan_name: 'Syntetiskt' }
		]);
		await insert(db, 'measures', [
			{
				measure: 'sick_leave_total_pct',
				domain: 'sick_leave',
				label_sv: 'Sjukfrånvaro totalt',
				label_en: 's',
				unit: '%',
				decimals: 1,
				higher_is_better: false,
				definition: 'd'
			}
		]);
		// Deterministic SYNTHETIC rows (never shipped): unit u, month m; n(K) and n(M) vary so some cells are ≤ 10.
		await db.conn.run(`INSERT INTO restricted.sick_leave BY NAME
			WITH g AS (SELECT u, m, 3 + (u * 7) % 30 AS nk, 2 + (u * 5) % 12 AS nm FROM range(${UNITS}) r(u), range(${MONTHS}) s(m)),
			cells AS (
				SELECT u, m, 'K' AS sex, nk AS n, 4 + ((u * 13 + m * 7) % 50) / 10.0 AS value FROM g
				UNION ALL SELECT u, m, 'M', nm, 3 + ((u * 11 + m * 3) % 40) / 10.0 FROM g
				UNION ALL SELECT u, m, 'T', nk + nm, 5 + ((u * 17 + m * 5) % 30) / 10.0 FROM g)
			SELECT 'SYNTETISK' AS source, '9999' AS kommun, make_date(2024, m + 1, 1) AS period_start, last_day(make_date(2024, m + 1, 1)) AS period_end,
				'month' AS period_kind, strftime(make_date(2024, m + 1, 1), '%Y-%m') AS period_label, 'sick_leave_total_pct' AS measure,
				'actual' AS value_kind, sex, 'Enhet ' || lpad(CAST(u + 1 AS VARCHAR), 2, '0') AS unit_area, value, '%' AS unit, n, 'syntetiska testdata' AS note FROM cells
			UNION ALL SELECT 'SYNTETISK', '9999', make_date(2024, m + 1, 1), last_day(make_date(2024, m + 1, 1)), 'month', strftime(make_date(2024, m + 1, 1), '%Y-%m'),
				'sick_leave_total_pct', 'actual', sex, NULL, 6.0, '%', 500, 'syntetiska testdata' FROM range(${MONTHS}) s(m), (VALUES ('T'), ('K'), ('M')) x(sex)`);
		await db.createViews();
	});
	afterAll(() => db?.close());
	const all = () =>
		db.run(
			kpiFigures({ table: 'sick_leave', kommun: '9999', measures: ['sick_leave_total_pct'], breakdown: 'all' }, 'test')
		);

	it('returns every unit × month × sex cell, with month-over-month change', async () => {
		const rows = toRows(await all());
		expect(rows.length).toBe((UNITS + 1) * MONTHS * 3);
		const open = rows.find(
			(r) =>
				r.unit_area && r.sex === 'T' && rows.every((x) => x.unit_area !== r.unit_area || x.sex !== 'T' || !x.suppressed)
		);
		const shown = rows.filter((r) => r.unit_area === open?.unit_area && r.sex === 'T');
		expect(shown.map((r) => r.period_label)).toEqual(
			Array.from({ length: MONTHS }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`)
		);
		expect(shown.slice(1).every((r) => r.change != null && r.same_length === true)).toBe(true);
	});

	it('hides every cell with n ≤ 10 and never leaks it through the change column', async () => {
		const rows = toRows(await all());
		// Synthetic sizes: n(K) = 3 + 7u mod 30, n(M) = 2 + 5u mod 12 for unit u (1-based label u + 1).
		const size = (r: FigureRow) => {
			const u = Number(r.unit_area?.slice(-2)) - 1;
			const k = 3 + ((u * 7) % 30),
				m = 2 + ((u * 5) % 12);
			return r.sex === 'K' ? k : r.sex === 'M' ? m : k + m;
		};
		const small = rows.filter((r) => r.unit_area && size(r) <= 10);
		expect(small.length).toBeGreaterThan(0);
		expect(small.every((r) => r.value === null && r.n === null && r.suppression === 'primary')).toBe(true);
		expect(rows.filter((r) => r.n != null).every((r) => r.n! > 10)).toBe(true);
		expect(rows.filter((r) => r.value === null).every((r) => r.change === null)).toBe(true);
	});

	it('leaves no set (units under the total, K/M under T) with exactly one hidden member', async () => {
		const rows = toRows(await all());
		const lone = (key: (r: FigureRow) => string, member: (r: FigureRow) => boolean) => {
			const sets = new Map<string, number>();
			// The total counts too: a hidden total beside shown members is as recomputable as a lone hidden member.
			for (const r of rows.filter(member)) sets.set(key(r), (sets.get(key(r)) ?? 0) + (r.suppressed ? 1 : 0));
			return [...sets].filter(([, hidden]) => hidden === 1);
		};
		expect(
			lone(
				(r) => `${r.period_label}|${r.sex}`,
				() => true
			)
		).toEqual([]);
		expect(
			lone(
				(r) => `${r.period_label}|${r.unit_area}`,
				() => true
			)
		).toEqual([]);
		expect(rows.some((r) => r.suppression === 'complementary')).toBe(true);
	});
});
