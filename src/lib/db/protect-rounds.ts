import { fragment, sql, type Fragment, type Sql } from '../queries/sql';
import type { SqlExec } from './protect';
import { RAW_SCHEMA } from './raw-tables';

/**
 * The rounds of the small-group rule (its statement: the doc comment of protect.ts) over the
 * collected cells. Each round runs the same statements in the same order as ever, and each
 * statement hides exactly the cells it would have hidden had it read every cell; it just reads
 * fewer. `step` is the statement (1, 2, …; 0 = primary from the start) that hid a cell, `small_step`
 * the one that made it primary. A statement can only hide something new where a cell was hidden
 * since its own last run (at step p) — everything older it already answered then:
 * - a set (a total and its members) with exactly one hidden cell had its smallest shown member
 *   hidden at p (now two hidden, never one again); only sets with a cell hidden since can change;
 * - a period containing a hidden one was hidden at p: only periods around a newly hidden one;
 * - a hidden period with all its contained periods shown had one hidden at p: only newly hidden
 *   periods can be hidden with none of theirs hidden (cells never become shown again);
 * - members under a primary total became primary at p: only newly primary totals add members.
 * Statements with nothing hidden since their last run are not run; the rounds end once a whole
 * round's statements in a row hid nothing (the state then answers every rule).
 */
export const CELLS = fragment(`${RAW_SCHEMA}.cells`);

export const SET_COLS = ['kommun', 'measure', 'value_kind', 'item', 'detail'];
export const KEY_COLS = [...SET_COLS, 'sex', 'age_band', 'unit_area', 'period_start', 'period_end'];
export const same = (a: string, b: string, cols: string[]) =>
	cols.map((c) => `${a}.${c} IS NOT DISTINCT FROM ${b}.${c}`).join(' AND ');

const DIMENSIONS = [
	{ total: "sex = 'T'", rest: ['age_band', 'unit_area'], tie: 'sex' },
	{ total: 'age_band IS NULL', rest: ['sex', 'unit_area'], tie: 'age_band' },
	{ total: 'unit_area IS NULL', rest: ['sex', 'age_band'], tie: 'unit_area' }
] as const;
const setId = (d: (typeof DIMENSIONS)[number]) => `set_${d.tie}`;
const setKeys = (d: (typeof DIMENSIONS)[number]) => [...SET_COLS, 'period_start', 'period_end', ...d.rest];
const SERIES_KEYS = KEY_COLS.slice(0, -2);
/**
 * Each cell's set along each dimension, and its series over time, hashed: a round first picks the
 * cells of the sets touched by one cheap integer match, then compares their keys exactly. (Equal
 * keys, NULLs included, hash alike; another set sharing a hash only adds cells that hide nothing new.)
 */
export const SET_IDS = fragment(
	[...DIMENSIONS.map((d) => [setId(d), setKeys(d)] as const), ['series', SERIES_KEYS] as const]
		.map(([id, cols]) => `hash(${cols.join(', ')}) AS ${id}`)
		.join(', ')
);
/**
 * The cells whose set (by its hash `id`) has a cell hidden since step p. On the first round every
 * hidden cell is new: the whole table, read as the plain statement reads it (no detour, no hash).
 */
const touched = (id: Fragment, p: number): Sql =>
	p === 0
		? sql`${CELLS}`
		: sql`(SELECT * FROM ${CELLS} WHERE ${id} IN (SELECT ${id} FROM ${CELLS} WHERE step >= ${p}))`;
const SERIES = fragment('series');
const sameButTime = (p: number) =>
	fragment(`${p === 0 ? '' : 'x.series = y.series AND '}${same('x', 'y', SERIES_KEYS)}`);
/** y lies strictly inside x in time. */
const INSIDE = fragment(
	'y.period_start >= x.period_start AND y.period_end <= x.period_end AND (y.period_start <> x.period_start OR y.period_end <> x.period_end)'
);

/** A statement of the rule, run as step `t`; `p` = its own last step (0 on the first round: every cell). */
type Rule = { only: 'small' | 'hidden'; at: (t: number, p: number) => Sql };
/**
 * Mark the cells `s` finds hidden by step t (and primary, for INHERIT); a hidden cell keeps its step.
 * t travels in the subquery, not in SET: DuckDB numbers an UPDATE's FROM parameters before SET's.
 */
const hide = (t: number, s: Sql, small = false): Sql =>
	sql`UPDATE ${CELLS} SET hidden = true, step = coalesce(cells.step, s.t)${fragment(small ? ', small = true, small_step = s.t' : '')}
		FROM (SELECT id, ${t}::INTEGER AS t FROM (${s})) s WHERE cells.id = s.id`;

/** Members of a primary-hidden total (unknown n) are themselves small groups. */
const INHERIT: Rule = {
	only: 'small',
	at: (t, p) =>
		hide(
			t,
			sql`SELECT DISTINCT y.id FROM ${CELLS} x JOIN ${CELLS} y ON ${fragment(same('x', 'y', [...SET_COLS, 'period_start', 'period_end']))}
			WHERE x.small_step >= ${p} AND NOT y.small AND y.n IS NULL AND (
				(x.sex = 'T' AND y.sex <> 'T' AND x.age_band IS NOT DISTINCT FROM y.age_band AND x.unit_area IS NOT DISTINCT FROM y.unit_area)
				OR (x.age_band IS NULL AND y.age_band IS NOT NULL AND x.sex = y.sex AND x.unit_area IS NOT DISTINCT FROM y.unit_area)
				OR (x.unit_area IS NULL AND y.unit_area IS NOT NULL AND x.sex = y.sex AND x.age_band IS NOT DISTINCT FROM y.age_band))`,
			true
		)
};

/**
 * Sets (a total and its members along one dimension) with exactly one hidden cell, among the sets
 * with a cell hidden since p, are found by grouping; only their shown members are ranked.
 */
function partition(d: (typeof DIMENSIONS)[number]): Rule {
	const f = (s: string) => fragment(s);
	const id = f(setId(d));
	// After the first round the hash leads: the touched sets are matched on one integer first.
	const keys = (p: number) => (p === 0 ? setKeys(d) : [setId(d), ...setKeys(d)]);
	return {
		only: 'hidden',
		at: (t, p) => {
			const m = p === 0 ? CELLS : fragment('m');
			return hide(
				t,
				sql`${p === 0 ? fragment('') : sql`WITH m AS ${touched(id, p)} `}SELECT id FROM (
					SELECT c.id, row_number() OVER (PARTITION BY ${f(
						setKeys(d)
							.map((k) => `c.${k}`)
							.join(', ')
					)}
						ORDER BY c.n NULLS LAST, c.value, c.${f(d.tie)}) AS pick
					FROM (SELECT * FROM ${m} WHERE NOT hidden AND NOT (${f(d.total)})) c
					SEMI JOIN (SELECT ${f(keys(p).join(', '))} FROM ${m} GROUP BY ${f(keys(p).join(', '))}
						HAVING count(*) FILTER (WHERE hidden) = 1 AND count(*) FILTER (WHERE ${f(d.total)}) > 0
							AND count(*) FILTER (WHERE NOT (${f(d.total)})) > 0) g ON ${f(same('c', 'g', keys(p)))})
				WHERE pick = 1`
			);
		}
	};
}

/** A period around a newly hidden one is hidden. */
const TIME_UP: Rule = {
	only: 'hidden',
	at: (t, p) =>
		hide(
			t,
			sql`SELECT DISTINCT x.id FROM ${touched(SERIES, p)} x JOIN ${CELLS} y ON ${sameButTime(p)} AND ${INSIDE}
			WHERE y.step >= ${p} AND NOT x.hidden`
		)
};

/** A newly hidden period with all its contained periods shown: the smallest of them is hidden. */
const TIME_DOWN: Rule = {
	only: 'hidden',
	at: (t, p) =>
		hide(
			t,
			sql`SELECT DISTINCT id FROM (SELECT y.id, bool_or(y.hidden) OVER (PARTITION BY x.id) AS any_hidden,
				row_number() OVER (PARTITION BY x.id ORDER BY y.n NULLS LAST, y.value, y.period_start, y.period_end) AS pick
			FROM ${CELLS} x JOIN ${touched(SERIES, p)} y ON ${sameButTime(p)} AND ${INSIDE} WHERE x.step >= ${p})
			WHERE pick = 1 AND NOT any_hidden`
		)
};

const PASS: readonly Rule[] = [INHERIT, ...DIMENSIONS.map(partition), TIME_UP, TIME_DOWN];
const MAX_ROUNDS = 200;

/** Cells a step hid or made primary: UPDATE's own count where the engine reports one, else counted. */
async function changedBy(exec: SqlExec, t: number, rows: Record<string, unknown>[]): Promise<number> {
	const reported = rows[0]?.Count;
	if (typeof reported === 'number' || typeof reported === 'bigint') return Number(reported);
	const [r] = await exec.all(
		sql`SELECT count(*)::INTEGER AS n FROM ${CELLS} WHERE step = ${t}::INTEGER OR small_step = ${t}::INTEGER`
	);
	return Number(r?.n ?? 0);
}

/** Apply the rule to the collected cells until nothing more is hidden. */
export async function hideToFixpoint(exec: SqlExec): Promise<void> {
	const [r] = await exec.all(sql`SELECT count(*) FILTER (WHERE hidden)::INTEGER AS n FROM ${CELLS}`);
	// changed[t]: cells step t hid or made primary; step 0 = the primary cells collected.
	const changed = [Number(r?.n ?? 0)];
	let quiet = 0;
	for (let round = 0; quiet < PASS.length; round++) {
		if (round === MAX_ROUNDS) throw new Error('skyddet av små grupper blev inte klart');
		for (const rule of PASS) {
			const t = changed.length;
			const p = round === 0 ? 0 : t - PASS.length;
			// INHERIT reads only primary cells, which only INHERIT itself adds (at p); the others read hidden ones.
			const since = rule.only === 'small' && round > 0 ? changed[p]! : changed.slice(p, t).reduce((a, b) => a + b, 0);
			const n = since === 0 ? 0 : await changedBy(exec, t, await exec.all(rule.at(t, p)));
			changed.push(n);
			quiet = n === 0 ? quiet + 1 : 0;
			if (quiet === PASS.length) break;
		}
	}
}
