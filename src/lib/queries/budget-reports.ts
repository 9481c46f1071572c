import { z } from 'zod';
import { sql, type Query } from './sql';

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
	follow_up: z.boolean()
});
export type BudgetReportRow = z.infer<typeof BudgetReportRow>;

/** Reports that have budget figures — follow-ups first, newest first: the controller's report picker. */
export function budgetReports(): Query<BudgetReportRow> {
	return {
		purpose: 'rapporterna med budgetsiffror',
		sql: sql`SELECT b.kommun, m.name, b.report_id, any_value(b.report_label) AS report_label,
				any_value(b.period_label) AS period_label, strftime(min(b.period_start), '%Y-%m-%d') AS period_start,
				strftime(max(b.period_end), '%Y-%m-%d') AS period_end, year(max(b.period_end))::INTEGER AS year, count(*)::INTEGER AS figures,
				coalesce(bool_or(b.amount_kind <> 'amount' AND b.budget_line IN ('revenue', 'personnel', 'other_costs', 'costs', 'net')), false) AS follow_up
			FROM budget b JOIN municipalities m USING (kommun)
			GROUP BY b.kommun, m.name, b.report_id ORDER BY m.name, follow_up DESC, period_end DESC, b.report_id`,
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
			'follow_up'
		]
	};
}
