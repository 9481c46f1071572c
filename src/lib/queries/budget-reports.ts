import { z } from 'zod/mini';
import { fragment, sql, type Query } from './sql';

/** A budget row that is the committee's own deviation for the year (what Översikt's cards show). */
export const HAS_YEAR_DEVIATION = fragment(
	"area_std = 'total' AND budget_line = 'net' AND parent_area_label IS NULL AND amount_kind IN ('deviation_forecast', 'deviation_year')"
);

export const BudgetReportRow = z.object({
	kommun: z.string(),
	name: z.string(),
	report_id: z.string(),
	report_label: z.string(),
	period_label: z.string(),
	period_start: z.string(),
	period_end: z.string(),
	year: z.number(),
	figures: z.number(),
	/** A budget follow-up (budget, outcome, forecast or deviation for the committee's lines), not just a grant or an investment decision. */
	follow_up: z.boolean(),
	/** The report states the committee's deviation for the whole year (forecast or year outcome): Översikt's headline. */
	has_forecast: z.boolean()
});
export type BudgetReportRow = z.infer<typeof BudgetReportRow>;

/**
 * Reports that have budget figures, per municipality the most complete first (a deviation for the
 * year, then any follow-up), then newest, then most figures: the controller's report picker and
 * the report each view opens on.
 */
export function budgetReports(): Query<BudgetReportRow> {
	return {
		purpose: 'rapporterna med budgetsiffror',
		sql: sql`SELECT b.kommun, m.name, b.report_id, any_value(b.report_label) AS report_label,
				any_value(b.period_label) AS period_label, strftime(min(b.period_start), '%Y-%m-%d') AS period_start,
				strftime(max(b.period_end), '%Y-%m-%d') AS period_end, year(max(b.period_end))::INTEGER AS year, count(*)::INTEGER AS figures,
				coalesce(bool_or(b.amount_kind <> 'amount' AND b.budget_line IN ('revenue', 'personnel', 'other_costs', 'costs', 'net')), false) AS follow_up,
				coalesce(bool_or(${HAS_YEAR_DEVIATION}), false) AS has_forecast
			FROM budget b JOIN municipalities m USING (kommun)
			GROUP BY b.kommun, m.name, b.report_id ORDER BY m.name, has_forecast DESC, follow_up DESC, period_end DESC, figures DESC, b.report_id`,
		columns: [
			'kommun',
			'name',
			'report_id',
			'report_label',
			'period_label',
			'period_start',
			'period_end',
			'year',
			'figures',
			'follow_up',
			'has_forecast'
		]
	};
}
