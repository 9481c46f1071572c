import { sql, type Query } from './sql';

export type BudgetReportRow = {
	kommun: string;
	name: string;
	report_id: string;
	report_label: string;
	period_label: string;
	period_start: string;
	period_end: string;
	year: number;
	figures: number;
	/** A budget follow-up (budget, outcome, forecast or deviation for the committee's lines), not just a grant or an investment decision. */
	follow_up: boolean;
};

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
