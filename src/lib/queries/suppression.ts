import { z } from 'zod';
import { fragment, type Fragment } from './sql';

/**
 * Small-group protection for health data (sick leave) and staff figures, done in SQL so that no
 * suppressed value ever leaves the query: charts, tables, CSV exports and the change-vs-previous
 * columns all start from the protected rows.
 *
 * Rule:
 * 1. Primary: a cell with a known group size n ≤ 10 is suppressed. Unknown n = shown as published.
 * 2. Complementary: sex (K, M under T), age bands (under all ages) and units (under the whole
 *    committee) each partition a total. If exactly one member of such a set is suppressed while
 *    the total is shown, the smallest remaining member (by n, then value) is suppressed too, so
 *    the hidden value cannot be recomputed from the total. Suppressing one cell can create a new
 *    lone suppressed cell in another dimension, so the pass repeats (PASSES times; the tests check
 *    the invariant holds on a many-unit extract).
 */
export const SMALL_GROUP_MAX = 10;
export const PASSES = 4;

export const Suppression = z.enum(['primary', 'complementary']).nullable();
export type Suppression = z.infer<typeof Suppression>;

/** The primary rule in TS, for labels and tests; SQL below is what protects the data. */
export function isSmallGroup(n: number | null | undefined): boolean {
	return n != null && n <= SMALL_GROUP_MAX;
}

/** Sets of cells that sum or partition to a total, per dimension. Constants, never user input. */
const DIMENSIONS = [
	{ name: 'sex', member: `sex <> 'T'`, total: `sex = 'T'`, rest: 'age_band, unit_area', tie: 'sex' },
	{ name: 'age', member: 'age_band IS NOT NULL', total: 'age_band IS NULL', rest: 'sex, unit_area', tie: 'age_band' },
	{ name: 'unit', member: 'unit_area IS NOT NULL', total: 'unit_area IS NULL', rest: 'sex, age_band', tie: 'unit_area' }
] as const;

const SET = 'kommun, measure, value_kind, period_start, period_end, detail';

function complement(d: (typeof DIMENSIONS)[number]): string {
	const w = `PARTITION BY ${SET}, ${d.rest}`;
	return `(${d.member} AND NOT hidden
		AND count(*) FILTER (WHERE ${d.total} AND NOT hidden) OVER (${w}) > 0
		AND count(*) FILTER (WHERE ${d.member} AND hidden) OVER (${w}) = 1
		AND row_number() OVER (${w} ORDER BY (NOT (${d.member}) OR hidden), n NULLS LAST, value, ${d.tie}) = 1)`;
}

function pass(from: string, to: string): string {
	const flags = DIMENSIONS.map((d) => `${complement(d)} AS c_${d.name}`).join(', ');
	const any = DIMENSIONS.map((d) => `c_${d.name}`).join(' OR ');
	return `${to} AS (SELECT * EXCLUDE (hidden, ${DIMENSIONS.map((d) => `c_${d.name}`).join(', ')}), hidden OR ${any} AS hidden
		FROM (SELECT *, ${flags} FROM ${from}))`;
}

/**
 * CTEs that read `src` (rows in the KPI layout, already narrowed to whole sets: filter by kommun,
 * measure or value kind before, never by sex, age or unit) and define `protected`: the same rows
 * with value NULL where suppressed, plus `suppressed` and `suppression` ('primary' | 'complementary').
 */
export function suppressionCtes(): Fragment {
	const steps = [`p0 AS (SELECT *, coalesce(n <= ${SMALL_GROUP_MAX}, false) AS hidden FROM src)`];
	for (let i = 1; i <= PASSES; i++) steps.push(pass(`p${i - 1}`, `p${i}`));
	steps.push(`protected AS (SELECT * EXCLUDE (value, hidden), CASE WHEN hidden THEN NULL ELSE value END AS value,
		hidden AS suppressed,
		CASE WHEN coalesce(n <= ${SMALL_GROUP_MAX}, false) THEN 'primary' WHEN hidden THEN 'complementary' END AS suppression
		FROM p${PASSES})`);
	return fragment(steps.join(',\n'));
}

/** Shown in place of a suppressed figure, with the reason beside it. */
export const SUPPRESSED_MARK = '–';
export const SUPPRESSION_TEXT: Record<'primary' | 'complementary', string> = {
	primary: `skyddad: gruppen har ${SMALL_GROUP_MAX} eller färre anställda`,
	complementary: 'skyddad: dold så att en liten grupp inte kan räknas fram ur totalen'
};
