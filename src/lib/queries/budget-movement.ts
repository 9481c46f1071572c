import { z } from 'zod/mini';
import { HEADLINE_DEVIATION, PIVOT_AMOUNTS } from './budget-pivot';
import { sql, type Query } from './sql';

export const BudgetMovementRow = z.object({
	area_label: z.string(),
	area_std: z.string(),
	report_id: z.string(),
	report_label: z.string(),
	period_end: z.string(),
	/** Which deviation the report states: forecast for the year, outcome for the year, or outcome for its period (label). */
	deviation_kind: z.enum(['forecast', 'year', 'period']),
	period_label: z.string(),
	deviation_tkr: z.nullable(z.number()),
	change_tkr: z.nullable(z.number())
});
export type BudgetMovementRow = z.infer<typeof BudgetMovementRow>;

/**
 * How the stated deviation moved between the municipality's reports of the same year
 * (e.g. Ludvika jan–nov → jan–dec). change_tkr is against the previous report that states the same
 * kind of deviation for the same period start — a month's outcome is never subtracted from a
 * year's forecast.
 */
export function budgetMovement(kommun: string, year: number): Query<BudgetMovementRow> {
	return {
		purpose: 'avvikelsens förändring mellan rapporter',
		sql: sql`WITH p AS (
				-- The committee total is labelled differently from report to report (SOCIALNÄMNDEN, Socialförvaltningen): one row.
				SELECT CASE WHEN area_std = 'total' THEN 'Nämnden totalt' ELSE area_label END AS area_label, any_value(area_std) AS area_std, report_id, any_value(report_label) AS report_label,
					any_value(period_label) AS period_label, min(period_start) AS period_start, max(period_end) AS period_end, ${PIVOT_AMOUNTS}
				FROM budget WHERE kommun = ${kommun} AND year(period_end) = ${year} AND budget_line = 'net' AND parent_area_label IS NULL
				GROUP BY 1, report_id),
			d AS (SELECT area_label, area_std, report_id, report_label, period_label, period_start, period_end, ${HEADLINE_DEVIATION} AS deviation_tkr,
				CASE WHEN deviation_forecast_tkr IS NOT NULL THEN 'forecast' WHEN deviation_year_tkr IS NOT NULL THEN 'year' ELSE 'period' END AS deviation_kind FROM p)
			SELECT area_label, area_std, report_id, report_label, strftime(period_end, '%Y-%m-%d') AS period_end, deviation_kind, period_label, deviation_tkr,
				deviation_tkr - lag(deviation_tkr) OVER (
					PARTITION BY area_label, deviation_kind, CASE WHEN deviation_kind = 'period' THEN period_start END
					ORDER BY period_end, report_id) AS change_tkr
			FROM d WHERE deviation_tkr IS NOT NULL
			ORDER BY area_std = 'total' DESC, area_label, period_end, report_id`,
		columns: [
			'area_label',
			'area_std',
			'report_id',
			'report_label',
			'period_end',
			'deviation_kind',
			'period_label',
			'deviation_tkr',
			'change_tkr'
		]
	};
}
