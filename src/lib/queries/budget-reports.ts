import { sql, type Query } from './sql';

export type BudgetReportRow = { kommun: string; name: string; report_id: string; report_label: string; period_label: string; period_start: string; period_end: string; year: number; figures: number };

/** Reports that have budget figures, newest first: the controller's report picker. */
export function budgetReports(): Query<BudgetReportRow> {
	return {
		purpose: 'rapporterna med budgetsiffror',
		sql: sql`SELECT b.kommun, m.name, b.report_id, any_value(b.report_label) AS report_label,
				any_value(b.period_label) AS period_label, strftime(min(b.period_start), '%Y-%m-%d') AS period_start,
				strftime(max(b.period_end), '%Y-%m-%d') AS period_end, year(max(b.period_end))::INTEGER AS year, count(*)::INTEGER AS figures
			FROM budget b JOIN municipalities m USING (kommun)
			GROUP BY b.kommun, m.name, b.report_id ORDER BY m.name, period_end DESC, b.report_id`,
		columns: ['kommun', 'name', 'report_id', 'report_label', 'period_label', 'period_start', 'period_end', 'year', 'figures']
	};
}
