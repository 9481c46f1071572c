import type { SqlExec } from '../../src/lib/db/protect';
import { fragment, sql, type Sql } from '../../src/lib/queries/sql';

/**
 * The small-group rounds as they were first written (src/lib/db/protect.ts before the rounds
 * revisited only what changed): every statement over every cell, keys compared column by column,
 * a count after each round until it stops changing. Kept as the plain reference the faster rounds
 * (src/lib/db/protect-rounds.ts) must agree with, cell for cell.
 */
const CELLS = fragment('restricted.cells');
const SET_COLS = ['kommun', 'measure', 'value_kind', 'item', 'detail'];
const KEY_COLS = [...SET_COLS, 'sex', 'age_band', 'unit_area', 'period_start', 'period_end'];
const same = (a: string, b: string, cols: string[]) => cols.map((c) => `${a}.${c} IS NOT DISTINCT FROM ${b}.${c}`);
const SAME_BUT_TIME = fragment(same('x', 'y', KEY_COLS.slice(0, -2)).join(' AND '));
const INSIDE = fragment(
	'y.period_start >= x.period_start AND y.period_end <= x.period_end AND (y.period_start <> x.period_start OR y.period_end <> x.period_end)'
);

const INHERIT = sql`UPDATE ${CELLS} SET small = true, hidden = true FROM (
		SELECT DISTINCT y.id FROM ${CELLS} x JOIN ${CELLS} y ON ${fragment(same('x', 'y', [...SET_COLS, 'period_start', 'period_end']).join(' AND '))}
		WHERE x.small AND NOT y.small AND y.n IS NULL AND (
			(x.sex = 'T' AND y.sex <> 'T' AND x.age_band IS NOT DISTINCT FROM y.age_band AND x.unit_area IS NOT DISTINCT FROM y.unit_area)
			OR (x.age_band IS NULL AND y.age_band IS NOT NULL AND x.sex = y.sex AND x.unit_area IS NOT DISTINCT FROM y.unit_area)
			OR (x.unit_area IS NULL AND y.unit_area IS NOT NULL AND x.sex = y.sex AND x.age_band IS NOT DISTINCT FROM y.age_band))) s
	WHERE cells.id = s.id`;

const DIMENSIONS = [
	{ total: "sex = 'T'", rest: ['age_band', 'unit_area'], tie: 'sex' },
	{ total: 'age_band IS NULL', rest: ['sex', 'unit_area'], tie: 'age_band' },
	{ total: 'unit_area IS NULL', rest: ['sex', 'age_band'], tie: 'unit_area' }
] as const;

function partition(d: (typeof DIMENSIONS)[number]): Sql {
	const keys = [...SET_COLS, 'period_start', 'period_end', ...d.rest];
	const f = (s: string) => fragment(s);
	return sql`UPDATE ${CELLS} SET hidden = true FROM (
			SELECT id FROM (SELECT c.id, row_number() OVER (PARTITION BY ${f(keys.map((k) => `c.${k}`).join(', '))}
					ORDER BY c.n NULLS LAST, c.value, c.${f(d.tie)}) AS pick
				FROM (SELECT * FROM ${CELLS} WHERE NOT hidden AND NOT (${f(d.total)})) c
				SEMI JOIN (SELECT ${f(keys.join(', '))} FROM ${CELLS} GROUP BY ${f(keys.join(', '))}
					HAVING count(*) FILTER (WHERE hidden) = 1 AND count(*) FILTER (WHERE ${f(d.total)}) > 0
						AND count(*) FILTER (WHERE NOT (${f(d.total)})) > 0) g ON ${f(same('c', 'g', keys).join(' AND '))})
			WHERE pick = 1) s
		WHERE cells.id = s.id`;
}

const TIME_UP = sql`UPDATE ${CELLS} SET hidden = true FROM (
		SELECT DISTINCT x.id FROM ${CELLS} x JOIN ${CELLS} y ON ${SAME_BUT_TIME} AND ${INSIDE}
		WHERE y.hidden AND NOT x.hidden) s
	WHERE cells.id = s.id`;

const TIME_DOWN = sql`UPDATE ${CELLS} SET hidden = true FROM (
		SELECT DISTINCT id FROM (SELECT y.id, bool_or(y.hidden) OVER (PARTITION BY x.id) AS any_hidden,
				row_number() OVER (PARTITION BY x.id ORDER BY y.n NULLS LAST, y.value, y.period_start, y.period_end) AS pick
			FROM ${CELLS} x JOIN ${CELLS} y ON ${SAME_BUT_TIME} AND ${INSIDE} WHERE x.hidden)
		WHERE pick = 1 AND NOT any_hidden) s
	WHERE cells.id = s.id`;

const PASS: readonly Sql[] = [INHERIT, ...DIMENSIONS.map(partition), TIME_UP, TIME_DOWN];
const HIDDEN_COUNT = sql`SELECT count(*) FILTER (WHERE hidden)::INTEGER AS hidden FROM ${CELLS}`;

/** The reference rounds; `stats` gets how many rounds hid something, and how many cells were hidden. */
export function referenceRounds(stats: { rounds: number; hidden: number }) {
	return async (exec: SqlExec): Promise<void> => {
		const count = async () => Number((await exec.all(HIDDEN_COUNT))[0]?.hidden ?? 0);
		let hidden = await count();
		stats.rounds = 0;
		for (;;) {
			if (stats.rounds > 200) throw new Error('reference rounds did not settle');
			for (const s of PASS) await exec.all(s);
			const now = await count();
			if (now === hidden) break;
			[hidden, stats.rounds] = [now, stats.rounds + 1];
		}
		stats.hidden = hidden;
	};
}
