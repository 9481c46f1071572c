import type { Query, Sql } from '$lib/queries/sql';
import { joinSql } from '../sql-input';

export type EvbAggRow = {
	kommun: string;
	period_start: string;
	period_end: string;
	period_kind: string;
	measure: string;
	sex: string;
	unit_area: string | null;
	item: string | null;
	detail: string | null;
	value: number;
	rows: number;
	first: number;
};

/**
 * Ej verkställda beslut from one row per reported decision, as the Rapport and Jämför read them
 * (src/lib/queries/evb.ts): per report date (period 'point') the number still not carried out
 * (evb_count) with their mean days waited, and the number carried out or cancelled since — for the
 * total, by law (unit_area SoL/LSS), by type of insats (unit_area), by sex and by reason (detail);
 * and one evb_days_waited figure per decision (item), dated to the report's quarter.
 * Days waited: as reported, else decision date → date carried out/cancelled, else → report date.
 * Input `i`: kommun, report (DATE), decision (DATE), law, insats, sex ('K'/'M'/NULL), days, reason,
 * status ('open' | 'executed' | 'cancelled'), status_date (DATE), row.
 */
export function evbAggregates(input: Sql): Query<EvbAggRow> {
	const body = `),
	d AS (SELECT *, coalesce(days, date_diff('day', decision, coalesce(status_date, report))) AS waited FROM i),
	g AS (
		SELECT kommun, report, CASE WHEN grouping(law) = 0 THEN law END AS law_g, CASE WHEN grouping(insats) = 0 THEN insats END AS insats_g,
			CASE WHEN grouping(sex) = 0 THEN sex END AS sex_g, CASE WHEN grouping(reason) = 0 THEN reason END AS reason_g,
			grouping(law, insats, sex, reason) AS gid,
			count(*) FILTER (WHERE status = 'open') AS open_n, avg(waited) FILTER (WHERE status = 'open') AS open_days,
			count(*) FILTER (WHERE status = 'executed') AS executed, count(*) FILTER (WHERE status = 'cancelled') AS cancelled,
			count(*) AS nrows, min(row) AS first
		FROM d
		GROUP BY GROUPING SETS ((kommun, report), (kommun, report, law), (kommun, report, insats), (kommun, report, sex), (kommun, report, reason))),
	gg AS (SELECT * FROM g WHERE gid = 15 OR (gid = 7 AND law_g IS NOT NULL) OR (gid = 11 AND insats_g IS NOT NULL)
		OR (gid = 13 AND sex_g IS NOT NULL) OR (gid = 14 AND reason_g IS NOT NULL)),
	agg AS (
		SELECT gg.kommun, gg.report AS p_start, gg.report AS p_end, 'point' AS p_kind, x.measure, coalesce(sex_g, 'T') AS sex,
			coalesce(law_g, insats_g) AS unit_area, NULL AS item, reason_g AS detail, x.v, nrows, first
		FROM gg, LATERAL (VALUES ('evb_count', open_n), ('evb_days_waited_mean', round(open_days, 1)),
			('evb_executed_count', executed), ('evb_cancelled_count', cancelled)) x(measure, v)),
	one AS (
		SELECT kommun, date_trunc('quarter', report)::DATE AS p_start, last_day(date_trunc('quarter', report) + INTERVAL 2 MONTH) AS p_end,
			'quarter' AS p_kind, 'evb_days_waited' AS measure, coalesce(sex, 'T') AS sex, insats AS unit_area,
			strftime(report, '%Y-%m-%d') || '#' || row AS item,
			concat_ws('; ', 'beslut ' || strftime(decision, '%Y-%m-%d'), law, reason,
				CASE status WHEN 'open' THEN 'ej verkställt' WHEN 'executed' THEN 'verkställt' ELSE 'avbrutet' END) AS detail,
			waited AS v, 1 AS nrows, row AS first
		FROM d)
	SELECT kommun, strftime(p_start, '%Y-%m-%d') AS period_start, strftime(p_end, '%Y-%m-%d') AS period_end, p_kind AS period_kind,
		measure, sex, unit_area, item, detail, v::DOUBLE AS value, nrows::INTEGER AS rows, first::INTEGER AS first
	FROM (SELECT * FROM agg UNION ALL BY NAME SELECT * FROM one)
	WHERE v IS NOT NULL
	ORDER BY kommun, period_end, measure, item NULLS FIRST, unit_area NULLS FIRST, detail NULLS FIRST, sex`;
	return {
		purpose: 'ej verkställda beslut ur beslutsraderna',
		sql: joinSql('WITH i AS (SELECT * FROM ', input, body),
		columns: [
			'kommun',
			'period_start',
			'period_end',
			'period_kind',
			'measure',
			'sex',
			'unit_area',
			'item',
			'detail',
			'value',
			'rows',
			'first'
		]
	};
}
