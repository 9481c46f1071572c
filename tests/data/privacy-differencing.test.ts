import type { DuckDBValue } from '@duckdb/node-api';
import { compareFilters } from '../helpers/compare-filters';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { comparison, NORMALISATIONS } from '../../src/lib/queries/compare';
import { domainFacts } from '../../src/lib/queries/domain-facts';
import { keyIndicators } from '../../src/lib/queries/key-indicators';
import { koladaMatches } from '../../src/lib/queries/kolada-benchmark';
import {
	everyAvailability,
	measureBreakdowns,
	measureOptions,
	normalisationAvailability
} from '../../src/lib/queries/measure-options';
import { measureCatalogue, municipalityCoverage } from '../../src/lib/queries/overview';
import { kpiFigures, sickLeaveComparison } from '../../src/lib/queries/sick-leave';
import { toRows, type Query } from '../../src/lib/queries/sql';
import { personalKommuner, staffingFigures } from '../../src/lib/queries/staffing';
import { KPI_TABLES } from '../../src/lib/schema/extracts';
import { emptyDatabase, insert, kpi } from '../helpers/fixture';
import type { NodeRunner } from '../helpers/node-runner';

/**
 * Differencing attacks on native DuckDB 1.4.3 (the browser's engine). SYNTHETIC test data only
 * (kommuner 9991–9995, never shipped), crafted small groups with distinctive values. An attacker
 * gets every row every app query returns (what Personal, Jämför, Rapport, Översikt and their CSV
 * exports show) and tries to recompute each hidden cell.
 */
type Cell = {
	kommun: string;
	measure: string;
	sex: string;
	age_band?: string | null;
	unit_area?: string | null;
	period_label: string;
	period_start: string;
	period_end: string;
	value: number;
	n: number | null;
	table: (typeof KPI_TABLES)[number];
};
const SL = 'sick_leave_total_pct';
const y2024 = { period_label: '2024', period_start: '2024-01-01', period_end: '2024-12-31' };
const month = (m: number, label: string) => ({
	period_label: label,
	period_start: `2024-0${m}-01`,
	period_end: new Date(Date.UTC(2024, m, 0)).toISOString().slice(0, 10)
});
const JAN_APR = { period_label: 'jan–apr 2024', period_start: '2024-01-01', period_end: '2024-04-30' };
const MONTHS = ['jan', 'feb', 'mar', 'apr'].map((m, i) => month(i + 1, `${m} 2024`));
const c = (
	table: Cell['table'],
	kommun: string,
	measure: string,
	sex: string,
	v: number,
	n: number | null,
	more = {}
) => ({ table, kommun, measure, sex, value: v, n, ...y2024, ...more }) as Cell;

/** The crafted small groups; the hidden values are distinctive so any leak is visible as such. */
const HIDDEN = { menN8: 7.4123, unitN8: 9.1357, committee9: 4.4189, march: 9.4371, asCaseload: 8.8642 };
/** A total consistent with its parts: weighted by group size, as a sick-leave rate is. */
const weighted = (parts: [number, number][]) =>
	parts.reduce((s, [v, k]) => s + v * k, 0) / parts.reduce((s, [, k]) => s + k, 0);
const total = (parts: [number, number][]) => parts.reduce((s, [, k]) => s + k, 0);
const MEN_WOMEN: [number, number][] = [
	[5.5, 22],
	[HIDDEN.menN8, 8]
];
const UNITS: [number, number][] = [
	[HIDDEN.unitN8, 8],
	[5.0, 20],
	[6.2, 25]
];
const AS_CASELOAD: [number, number][] = [
	[5.5, 22],
	[HIDDEN.asCaseload, 8]
];
const K_MONTHS = [5.7, 5.9, 5.8, 5.6];
const M_MONTHS = [7.0, 7.2, HIDDEN.march, 7.6];
const M_N = [12, 12, 8, 12];
const CELLS: Cell[] = [
	// Men n = 8 beside women n = 22 and the total.
	c('sick_leave', '9991', SL, 'T', weighted(MEN_WOMEN), total(MEN_WOMEN)),
	c('sick_leave', '9991', SL, 'K', 5.5, 22),
	c('sick_leave', '9991', SL, 'M', HIDDEN.menN8, 8),
	// A unit of 8 among units of 20 and 25, under the committee total; headcount likewise.
	c('sick_leave', '9992', SL, 'T', weighted(UNITS), total(UNITS)),
	...UNITS.map(([v, k], i) => c('sick_leave', '9992', SL, 'T', v, k, { unit_area: `Enhet ${'ABC'[i]}` })),
	c('staffing', '9992', 'staff_headcount', 'T', total(UNITS), null),
	...UNITS.map(([, k], i) =>
		c('staffing', '9992', 'staff_headcount', 'T', k, null, { unit_area: `Enhet ${'ABC'[i]}` })
	),
	// A whole committee of 9, its parts without a stated size.
	c('sick_leave', '9993', SL, 'T', HIDDEN.committee9, 9),
	c('sick_leave', '9993', SL, 'K', 5.0, null),
	c('sick_leave', '9993', SL, 'M', 3.0, null),
	c('sick_leave', '9993', SL, 'T', 4.1, null, { unit_area: 'Enhet X' }),
	// Men in March n = 8, inside a shown jan–apr (the mean of its months); women and all staff in full.
	...MONTHS.flatMap((m, i) => [
		c('sick_leave', '9994', SL, 'K', K_MONTHS[i]!, 28, m),
		c('sick_leave', '9994', SL, 'M', M_MONTHS[i]!, M_N[i]!, m),
		c(
			'sick_leave',
			'9994',
			SL,
			'T',
			weighted([
				[K_MONTHS[i]!, 28],
				[M_MONTHS[i]!, M_N[i]!]
			]),
			28 + M_N[i]!,
			m
		)
	]),
	c('sick_leave', '9994', SL, 'K', K_MONTHS.reduce((a, b) => a + b) / 4, 28, JAN_APR),
	c('sick_leave', '9994', SL, 'M', M_MONTHS.reduce((a, b) => a + b) / 4, 12, JAN_APR),
	c('sick_leave', '9994', SL, 'T', 6.4, 40, JAN_APR),
	// Sick leave loaded as the caseload extract: men n = 8.
	c('caseload', '9995', SL, 'T', weighted(AS_CASELOAD), total(AS_CASELOAD)),
	c('caseload', '9995', SL, 'K', 5.5, 22),
	c('caseload', '9995', SL, 'M', HIDDEN.asCaseload, 8)
];

const keyOf = (kommun: string, measure: string, sex: string, age: unknown, unit: unknown, label: string) =>
	[kommun, measure, sex, age ?? '', unit ?? '', label].join('|');
const cellKey = (x: Cell) => keyOf(x.kommun, x.measure, x.sex, x.age_band, x.unit_area, x.period_label);

let db: NodeRunner;
/** What the attacker sees: key → value, from every row of every query; and every value anywhere. */
const known = new Map<string, number>();
const everyOutput: unknown[] = [];

async function see<Row>(q: Query<Row>): Promise<Row[]> {
	const rows = toRows(await db.run(q));
	for (const r of rows) everyOutput.push(...Object.values(r as object));
	return rows;
}

beforeAll(async () => {
	db = await emptyDatabase();
	await insert(
		db,
		'municipalities',
		['9991', '9992', '9993', '9994', '9995'].map((k) => ({
			kommun: k,
			name: `Syntetisk ${k}`,
			lan_code: '99',
			lan_name: 'Test'
		}))
	);
	const m = (measure: string, domain: string, unit: string) => ({
		measure,
		domain,
		label_sv: measure,
		label_en: measure,
		unit,
		decimals: 1,
		higher_is_better: false,
		definition: 'syntetisk',
		kolada_kpi: measure === SL ? 'N00090' : null
	});
	await insert(db, 'measures', [m(SL, 'sick_leave', '%'), m('staff_headcount', 'staffing', 'antal')]);
	for (const t of KPI_TABLES) {
		const rows = CELLS.filter((x) => x.table === t).map(({ table: _, ...x }) =>
			kpi({ ...x, unit: '%', quote: `rad med ${String(x.value).replace('.', ',')}`, note: `värde ${x.value}` })
		);
		// One document line states all three figures of 9991: the shown total quotes the hidden men too.
		for (const r of rows.filter((r) => r.kommun === '9991')) {
			r.line = 7;
			r.quote = `Sjukfrånvaro totalt ${weighted(MEN_WOMEN).toFixed(4)}, kvinnor 5,5, män ${HIDDEN.menN8}`;
		}
		if (rows.length) await insert(db, t, rows as Record<string, DuckDBValue>[]);
	}

	// Everything the app can show: Personal, Jämför (every breakdown and normalisation), Rapport, Översikt.
	const kommuner = ['9991', '9992', '9993', '9994', '9995'];
	for (const kommun of kommuner) {
		for (const table of ['sick_leave', 'staffing'] as const)
			for (const breakdown of ['total', 'sex', 'age', 'unit', 'all'] as const)
				for (const r of await see(
					kpiFigures({ table, kommun, measures: [SL, 'staff_headcount'], breakdown }, 'attack')
				))
					if (r.value != null)
						known.set(keyOf(r.kommun, r.measure, r.sex, r.age_band, r.unit_area, r.period_label), r.value);
		await see(staffingFigures(kommun));
		for (const r of await see(keyIndicators(kommun, KPI_TABLES.join(','))))
			known.set(keyOf(kommun, r.measure, 'T', null, null, r.period_label), r.value);
		for (const t of KPI_TABLES)
			for (const r of await see(domainFacts(t, kommun)))
				if (r.value_kind === 'actual')
					known.set(keyOf(kommun, r.measure, r.sex, r.age_band, r.unit_area, r.period_label), r.value);
		await see(koladaMatches(kommun));
	}
	await see(sickLeaveComparison(SL));
	await see(everyAvailability('own'));
	for (const measure of [SL, 'staff_headcount']) {
		await see(normalisationAvailability(measure));
		for (const b of await see(measureBreakdowns(measure)))
			for (const norm of NORMALISATIONS)
				for (const r of await see(
					comparison(
						compareFilters(measure, { sex: b.sex as 'T' | 'K' | 'M', ageBand: b.age_band, unitArea: b.unit_area, norm })
					)
				))
					if (norm === 'none' && r.value != null)
						known.set(keyOf(r.kommun, measure, b.sex, b.age_band, b.unit_area, r.period_label), r.value);
	}
	await see(measureOptions());
	await see(measureCatalogue());
	await see(personalKommuner());
	await see(municipalityCoverage());
}, 120_000);
afterAll(() => db?.close());

const value = (kommun: string, sex: string, label: string, unit: string | null = null, measure = SL) =>
	known.get(keyOf(kommun, measure, sex, null, unit, label));
const rawValue = (kommun: string, sex: string, label: string, unit: string | null = null, measure = SL) =>
	CELLS.find((x) => cellKey(x) === keyOf(kommun, measure, sex, null, unit, label))!.value;
type Lookup = typeof value;
const n = (kommun: string, sex: string, label: string, unit: string | null = null, table = 'sick_leave') =>
	CELLS.find((x) => x.table === table && cellKey(x) === keyOf(kommun, SL, sex, null, unit, label))!.n!;

/** Each attack recomputes a hidden cell from other cells; null when an input is not shown. */
const ATTACKS: { name: string; hidden: number; attack: (v: Lookup) => number | null }[] = [
	{
		name: 'men n = 8 from the total and women (weighted by n)',
		hidden: HIDDEN.menN8,
		attack: (v) => {
			const t = v('9991', 'T', '2024'),
				k = v('9991', 'K', '2024');
			return t == null || k == null ? null : (t * n('9991', 'T', '2024') - k * 22) / 8;
		}
	},
	{
		name: 'a unit of 8 from the committee and the other units',
		hidden: HIDDEN.unitN8,
		attack: (v) => {
			const parts = [v('9992', 'T', '2024'), v('9992', 'T', '2024', 'Enhet B'), v('9992', 'T', '2024', 'Enhet C')];
			if (parts.some((p) => p == null)) return null;
			const [t, b, cc] = parts as number[];
			return (t! * n('9992', 'T', '2024') - b! * 20 - cc! * 25) / 8;
		}
	},
	{
		name: 'a unit of 8 employees from the committee headcount minus the other units',
		hidden: 8,
		attack: (v) => {
			const parts = ['Enhet B', 'Enhet C', null].map((u) => v('9992', 'T', '2024', u, 'staff_headcount'));
			return parts.some((p) => p == null) ? null : parts[2]! - parts[0]! - parts[1]!;
		}
	},
	{
		name: 'a committee of 9 read directly, or from its sexes',
		hidden: HIDDEN.committee9,
		attack: (v) => v('9993', 'T', '2024') ?? null
	},
	{
		name: 'March (men, n = 8) = 4 × jan–apr − (jan + feb + apr)',
		hidden: HIDDEN.march,
		attack: (v) => {
			const parts = [JAN_APR, ...MONTHS].map((p) => v('9994', 'M', p.period_label));
			if ([0, 1, 2, 4].some((i) => parts[i] == null)) return null;
			return 4 * parts[0]! - parts[1]! - parts[2]! - parts[4]!;
		}
	},
	{
		name: 'March (men) = March (all) weighted minus March (women)',
		hidden: HIDDEN.march,
		attack: (v) => {
			const t = v('9994', 'T', 'mar 2024'),
				k = v('9994', 'K', 'mar 2024');
			return t == null || k == null ? null : (t * n('9994', 'T', 'mar 2024') - k * 28) / 8;
		}
	},
	{
		name: 'sick leave loaded as caseload: men n = 8 from total and women',
		hidden: HIDDEN.asCaseload,
		attack: (v) => {
			const t = v('9995', 'T', '2024'),
				k = v('9995', 'K', '2024');
			return t == null || k == null ? null : (t * n('9995', 'T', '2024', null, 'caseload') - k * 22) / 8;
		}
	}
];

describe('differencing: no hidden cell can be recomputed from what the app shows', () => {
	it('the attacker saw plenty (the queries ran and returned the shown cells)', () => {
		expect(known.size).toBeGreaterThan(10);
		expect(value('9993', 'T', '2024', 'Enhet X')).toBeUndefined();
		expect(value('9994', 'K', 'feb 2024')).toBe(5.9);
	});

	for (const a of ATTACKS)
		it(a.name, () => {
			// The attack is real: on the raw cells it recovers the hidden figure ...
			const onRaw = a.attack((...args) => rawValue(...args));
			if (!a.name.includes('read directly')) expect(onRaw).toBeCloseTo(a.hidden, 6);
			// ... and on what the app shows it cannot run.
			expect(a.attack(value)).toBeNull();
		});

	it('no hidden value appears anywhere in any query result (values, notes, quotes)', () => {
		const texts = everyOutput.map((v) => String(v));
		for (const h of [HIDDEN.menN8, HIDDEN.unitN8, HIDDEN.committee9, HIDDEN.march, HIDDEN.asCaseload]) {
			const forms = [String(h), String(h).replace('.', ',')];
			expect(texts.filter((t) => forms.some((f) => t.includes(f)))).toEqual([]);
		}
	});

	it('every relation (sex, unit, time) holding a small group has ≥ 2 cells the attacker lacks', () => {
		const small = CELLS.filter((x) => (x.n ?? (x.measure === 'staff_headcount' ? x.value : 99)) <= 10);
		for (const s of small) expect(known.has(cellKey(s)), cellKey(s)).toBe(false);
		const relations: Cell[][] = [];
		const group = (key: (x: Cell) => string, isTotal: (x: Cell) => boolean) => {
			const sets = new Map<string, Cell[]>();
			for (const x of CELLS) sets.set(key(x), [...(sets.get(key(x)) ?? []), x]);
			for (const set of sets.values())
				if (set.some(isTotal) && set.filter((x) => !isTotal(x)).length >= 2) relations.push(set);
		};
		group(
			(x) => [x.kommun, x.measure, x.period_label, x.unit_area].join('|'),
			(x) => x.sex === 'T'
		);
		group(
			(x) => [x.kommun, x.measure, x.period_label, x.sex].join('|'),
			(x) => x.unit_area == null
		);
		for (const outer of CELLS) {
			const inner = CELLS.filter(
				(x) =>
					x !== outer &&
					[x.kommun, x.measure, x.sex, x.unit_area].join('|') ===
						[outer.kommun, outer.measure, outer.sex, outer.unit_area].join('|') &&
					x.period_start >= outer.period_start &&
					x.period_end <= outer.period_end
			);
			if (inner.length >= 2) relations.push([outer, ...inner]);
		}
		const risky = relations.filter((r) => r.some((x) => small.includes(x)));
		expect(risky.length).toBeGreaterThanOrEqual(7);
		for (const r of risky) {
			const unknown = r.filter((x) => !known.has(cellKey(x)));
			expect(unknown.length, r.map(cellKey).join(' ; ')).not.toBe(1);
		}
	});

	it('protection costs only what it must: the other kommuners’ unrelated totals stay shown', () => {
		expect(value('9991', 'T', '2024')).toBeCloseTo(weighted(MEN_WOMEN), 9);
		expect(value('9992', 'T', '2024')).toBeCloseTo(weighted(UNITS), 9);
		expect(value('9994', 'K', 'jan 2024')).toBe(5.7);
		expect(value('9994', 'T', 'feb 2024')).toBeCloseTo(
			weighted([
				[5.9, 28],
				[7.2, 12]
			]),
			9
		);
	});
});
