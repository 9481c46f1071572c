import type { Query, Sql } from '$lib/queries/sql';
import { joinSql, PERIODS_CTE } from '../sql-input';

export type KpiAggRow = {
	kommun: string;
	period_start: string;
	period_end: string;
	period_kind: string;
	measure: string;
	sex: string;
	unit_area: string | null;
	value: number;
	n: number | null;
	rows: number;
	first: number;
};

export const KPI_AGG_COLUMNS = [
	'kommun',
	'period_start',
	'period_end',
	'period_kind',
	'measure',
	'sex',
	'unit_area',
	'value',
	'n',
	'rows',
	'first'
] as const;

/** Per period, month and group (committee, unit, committee by sex): the month's sums and how many rows state each column. */
export function monthlyGroups(input: Sql, sums: readonly string[]): Sql {
	const cols = sums.map((c) => `sum(i.${c}) AS ${c}, count(i.${c}) AS n_${c}`).join(', ');
	return joinSql(
		'WITH i AS (SELECT * FROM ',
		input,
		`), ${PERIODS_CTE},
	m AS (
		SELECT p.kommun, p.p_start, p.p_end, p.p_kind, p.month,
			CASE WHEN grouping(i.unit) = 0 THEN i.unit END AS unit_area, CASE WHEN grouping(i.sex) = 0 THEN i.sex END AS sex,
			grouping(i.unit, i.sex) AS g, ${cols}, count(*) AS nrows, min(i.row) AS first
		FROM i JOIN periods p ON p.kommun = i.kommun AND p.month = i.month
		GROUP BY GROUPING SETS ((p.kommun, p.p_start, p.p_end, p.p_kind, p.month),
			(p.kommun, p.p_start, p.p_end, p.p_kind, p.month, i.unit), (p.kommun, p.p_start, p.p_end, p.p_kind, p.month, i.sex))),
	mg AS (SELECT * FROM m WHERE g = 3 OR (g = 1 AND unit_area IS NOT NULL) OR (g = 2 AND sex IS NOT NULL))`
	);
}

/** The result columns, from `o(kommun, p_start, p_end, p_kind, unit_area, sex, measure, v, n, nrows, first)`. */
export const KPI_AGG_SELECT = `SELECT kommun, strftime(p_start, '%Y-%m-%d') AS period_start, strftime(p_end, '%Y-%m-%d') AS period_end,
		p_kind AS period_kind, measure, coalesce(sex, 'T') AS sex, unit_area, round(v, 4) AS value, n::INTEGER AS n,
		nrows::INTEGER AS rows, first::INTEGER AS first
	FROM o WHERE v IS NOT NULL ORDER BY kommun, measure, p_kind, p_start, p_end, unit_area NULLS FIRST, sex`;

/**
 * Staffing figures per unit, committee and sex for each month, complete tertial and year:
 * stocks (employees, full-time share) as at the period's last month; årsarbetare the mean of
 * the months; starters, leavers and hourly-paid hours summed; hourly-paid share = Σ hourly-paid
 * hours / Σ worked hours; turnover = Σ leavers / mean monthly employees. n = employees.
 */
export function staffingAggregates(input: Sql): Query<KpiAggRow> {
	const sums = ['hc', 'fte', 'ft', 'pt', 'hourly', 'worked', 'starters', 'leavers'] as const;
	const all = (c: string) => `sum(n_${c}) = sum(nrows)`;
	const body = `,
	a AS (
		SELECT kommun, p_start, p_end, p_kind, unit_area, sex, sum(nrows) AS nrows, min(first) AS first,
			CASE WHEN ${all('hc')} THEN arg_max(hc, month) END AS hc, CASE WHEN ${all('hc')} THEN avg(hc) END AS hc_mean,
			CASE WHEN ${all('fte')} THEN avg(fte) END AS fte,
			CASE WHEN ${all('ft')} AND ${all('pt')} THEN arg_max(100 * ft / nullif(ft + pt, 0), month) END AS ft_share,
			CASE WHEN ${all('hourly')} THEN sum(hourly) END AS hourly,
			CASE WHEN ${all('hourly')} AND ${all('worked')} THEN 100 * sum(hourly) / nullif(sum(worked), 0) END AS hourly_share,
			CASE WHEN ${all('starters')} THEN sum(starters) END AS starters,
			CASE WHEN ${all('leavers')} THEN sum(leavers) END AS leavers
		FROM mg GROUP BY kommun, p_start, p_end, p_kind, unit_area, sex),
	o AS (
		SELECT a.*, x.measure, x.v, hc AS n FROM a, LATERAL (VALUES ('staff_headcount', hc), ('staff_fte', fte),
			('full_time_share_pct', ft_share), ('hourly_paid_hours', hourly), ('hourly_paid_share_pct', hourly_share),
			('staff_starters_count', starters), ('staff_leavers_count', leavers),
			('staff_turnover_pct', 100 * leavers / nullif(hc_mean, 0))) x(measure, v))
	${KPI_AGG_SELECT}`;
	return {
		purpose: 'personalsiffrorna ur månadsraderna',
		sql: joinSql(monthlyGroups(input, sums), body),
		columns: KPI_AGG_COLUMNS
	};
}
