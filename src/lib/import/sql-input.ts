import type { Param, Sql } from '$lib/queries/sql';

/**
 * A user's mapped rows handed to DuckDB as bound parameters: one string per column, values
 * separated by the ASCII unit separator and unnested side by side. Nothing of the user's text
 * is ever spliced into SQL, and no extension (JSON) is needed.
 */
const SEP = '\u001f';

const cellText = (v: string | number | null): string =>
	v == null ? '' : typeof v === 'number' ? String(v) : v.includes(SEP) ? v.replaceAll(SEP, ' ') : v;

export type ColumnType = 'VARCHAR' | 'DOUBLE' | 'DATE' | 'INTEGER';

/** `SELECT … FROM` the given columns (all of equal length, at least one row), typed. */
export function inputRelation(columns: Record<string, { type: ColumnType; values: (string | number | null)[] }>): Sql {
	const names = Object.keys(columns);
	const params: Param[] = [];
	const raw: string[] = [];
	const typed = names.map((name, k) => {
		if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`bad column name ${name}`);
		const { type, values } = columns[name]!;
		params.push(values.map(cellText).join(SEP));
		raw.push(`unnest(string_split(?, chr(31))) AS c${k}`);
		return `TRY_CAST(nullif(c${k}, '') AS ${type}) AS ${name}`;
	});
	return { text: `(SELECT ${typed.join(', ')} FROM (SELECT ${raw.join(', ')}))`, params };
}

/** Concatenate SQL pieces, keeping their bound parameters in order. */
export function joinSql(...parts: (Sql | string)[]): Sql {
	const out: Sql = { text: '', params: [] };
	for (const p of parts) {
		if (typeof p === 'string') out.text += p;
		else {
			out.text += p.text;
			out.params.push(...p.params);
		}
	}
	return out;
}

/**
 * Periods a month belongs to, for monthly input `i(kommun, month, …)`: the month itself, each
 * complete tertial (all four months present), each complete calendar year, and year-to-date up
 * to the latest month of a year when that is neither a tertial end nor December.
 * Columns: kommun, month, p_start, p_end, p_kind.
 */
export const PERIODS_CTE = `months AS (SELECT DISTINCT kommun, month FROM i),
	yr AS (SELECT kommun, year(month) AS y, max(month) AS last_month, count(*) AS n FROM months GROUP BY ALL),
	ter AS (SELECT kommun, year(month) AS y, (month(month) - 1) // 4 AS t, count(*) AS n FROM months GROUP BY ALL),
	periods AS (
		SELECT kommun, month, month AS p_start, last_day(month) AS p_end, 'month' AS p_kind FROM months
		UNION ALL
		SELECT m.kommun, m.month, make_date(t.y, t.t * 4 + 1, 1), last_day(make_date(t.y, t.t * 4 + 4, 1)), 'tertial'
		FROM months m JOIN ter t ON t.kommun = m.kommun AND t.y = year(m.month) AND t.t = (month(m.month) - 1) // 4 WHERE t.n = 4
		UNION ALL
		SELECT m.kommun, m.month, make_date(y.y, 1, 1), make_date(y.y, 12, 31), 'year'
		FROM months m JOIN yr y ON y.kommun = m.kommun AND y.y = year(m.month) WHERE y.n = 12
		UNION ALL
		SELECT m.kommun, m.month, make_date(y.y, 1, 1), last_day(y.last_month), 'ytd'
		FROM months m JOIN yr y ON y.kommun = m.kommun AND y.y = year(m.month)
		WHERE y.n = month(y.last_month) AND month(y.last_month) NOT IN (4, 8, 12) AND month(y.last_month) > 1)`;
