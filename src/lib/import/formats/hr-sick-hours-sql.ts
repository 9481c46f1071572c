import type { Query, Sql } from '$lib/queries/sql';
import { joinSql, PERIODS_CTE } from '../sql-input';

export type SickLeaveAggRow = {
	kommun: string;
	period_start: string;
	period_end: string;
	period_kind: string;
	measure: string;
	sex: string;
	age_band: string | null;
	unit_area: string | null;
	value: number;
	n: number | null;
	rows: number;
	first: number;
};

/**
 * Sick-leave percentages from hours, for every level a view can show: unit, committee, committee
 * by sex and by age band; per month, complete tertial, complete year and year-to-date.
 * Each percentage is Σ hours / Σ hours over the group (never a mean of percentages):
 *   total = Σ sick / Σ scheduled, day 1–14 = Σ sick day 1–14 / Σ scheduled,
 *   over 59 days = Σ sick over 59 days / Σ sick (share of the sick leave, as the measure is defined).
 * n = the largest monthly Σ employees of the group within the period (the group size that drives
 * suppression). A part measure is only given where every row of the group states its hours.
 * Input `i`: kommun, month (DATE), unit, sex ('K'/'M'/NULL), age, sick, s14, s59, sched, emp, row.
 */
export function sickLeaveAggregates(input: Sql): Query<SickLeaveAggRow> {
	const head = joinSql('WITH i AS (SELECT * FROM ', input, ')');
	const body = `, ${PERIODS_CTE},
	m AS (
		SELECT p.kommun, p.p_start, p.p_end, p.p_kind, p.month,
			CASE WHEN grouping(i.unit) = 0 THEN i.unit END AS unit_area,
			CASE WHEN grouping(i.sex) = 0 THEN i.sex END AS sex,
			CASE WHEN grouping(i.age) = 0 THEN i.age END AS age_band,
			grouping(i.unit, i.sex, i.age) AS g,
			sum(i.sick) AS sick, sum(i.s14) AS s14, count(i.s14) AS n14, sum(i.s59) AS s59, count(i.s59) AS n59,
			sum(i.sched) AS sched, sum(i.emp) AS emp, count(i.emp) AS nemp, count(*) AS nrows, min(i.row) AS first
		FROM i JOIN periods p ON p.kommun = i.kommun AND p.month = i.month
		GROUP BY GROUPING SETS (
			(p.kommun, p.p_start, p.p_end, p.p_kind, p.month),
			(p.kommun, p.p_start, p.p_end, p.p_kind, p.month, i.unit),
			(p.kommun, p.p_start, p.p_end, p.p_kind, p.month, i.sex),
			(p.kommun, p.p_start, p.p_end, p.p_kind, p.month, i.age))),
	a AS (
		SELECT kommun, p_start, p_end, p_kind, unit_area, sex, age_band, g,
			sum(sick) AS sick, sum(s14) AS s14, sum(n14) AS n14, sum(s59) AS s59, sum(n59) AS n59, sum(sched) AS sched,
			CASE WHEN sum(nemp) = sum(nrows) THEN max(emp) END AS n, sum(nrows) AS nrows, min(first) AS first
		FROM m
		WHERE g = 7 OR (g = 3 AND unit_area IS NOT NULL) OR (g = 5 AND sex IS NOT NULL) OR (g = 6 AND age_band IS NOT NULL)
		GROUP BY ALL),
	o AS (
		SELECT *, 'sick_leave_total_pct' AS measure, 100 * sick / sched AS v FROM a WHERE sched > 0
		UNION ALL SELECT *, 'sick_leave_day1_14_pct', 100 * s14 / sched FROM a WHERE sched > 0 AND n14 = nrows
		UNION ALL SELECT *, 'sick_leave_over59_share_pct', 100 * s59 / sick FROM a WHERE sick > 0 AND n59 = nrows)
	SELECT kommun, strftime(p_start, '%Y-%m-%d') AS period_start, strftime(p_end, '%Y-%m-%d') AS period_end, p_kind AS period_kind,
		measure, coalesce(sex, 'T') AS sex, age_band, unit_area, round(v, 4) AS value, n::INTEGER AS n, nrows::INTEGER AS rows, first::INTEGER AS first
	FROM o ORDER BY kommun, measure, p_kind, p_start, p_end, unit_area NULLS FIRST, sex, age_band NULLS FIRST`;
	return {
		purpose: 'sjukfrånvaron ur timmar',
		sql: joinSql(head, body),
		columns: [
			'kommun',
			'period_start',
			'period_end',
			'period_kind',
			'measure',
			'sex',
			'age_band',
			'unit_area',
			'value',
			'n',
			'rows',
			'first'
		]
	};
}
