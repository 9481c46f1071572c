import { z } from 'zod/mini';
import { PREFERRED_STATEMENT, shareOfBudget } from './budget-pivot';
import { fragment, sql, type Query } from './sql';

export const BudgetHeadlineRow = z.object({
	kommun: z.string(),
	name: z.string(),
	report_id: z.string(),
	report_label: z.string(),
	period_label: z.string(),
	budget_year_tkr: z.nullable(z.number()),
	forecast_year_tkr: z.nullable(z.number()),
	deviation_tkr: z.number(),
	deviation_pct: z.nullable(z.number()),
	source: z.string(),
	line: z.number(),
	quote: z.string(),
	file: z.string(),
	note: z.nullable(z.string()),
	/** What the user should know, in Swedish (the reviewer's `note` is for the Data page). */
	note_sv: z.nullable(z.string())
});
export type BudgetHeadlineRow = z.infer<typeof BudgetHeadlineRow>;

/**
 * The committee's forecast deviation for the year per report (net, committee total): the
 * controller's and the politician's first question. Deviation % of budget is computed here in SQL.
 */
export function budgetHeadlines(kommun: string | null = null): Query<BudgetHeadlineRow> {
	return {
		purpose: 'nämndernas prognosavvikelse',
		sql: sql`WITH t AS (
				SELECT * FROM budget WHERE area_std = 'total' AND budget_line = 'net' AND parent_area_label IS NULL AND canonical
					AND (CAST(${kommun} AS VARCHAR) IS NULL OR kommun = ${kommun})),
			dev AS (SELECT * FROM t WHERE amount_kind IN ('deviation_forecast', 'deviation_year')
				QUALIFY row_number() OVER (PARTITION BY report_id ORDER BY amount_kind = 'deviation_forecast' DESC, ${fragment(PREFERRED_STATEMENT)}) = 1),
			bud AS (SELECT report_id, any_value(amount_tkr) AS budget_year_tkr FROM t WHERE amount_kind = 'budget_year' GROUP BY 1),
			fc AS (SELECT report_id, any_value(amount_tkr) AS forecast_year_tkr FROM t WHERE amount_kind IN ('forecast_year', 'outcome_year') GROUP BY 1)
			SELECT dev.kommun, m.name, dev.report_id, dev.report_label, dev.period_label,
				bud.budget_year_tkr, fc.forecast_year_tkr, dev.amount_tkr AS deviation_tkr,
				${shareOfBudget('dev.amount_tkr', 'bud.budget_year_tkr')} AS deviation_pct,
				dev.source, dev.line, dev.quote, s.file, dev.note, dev.note_sv
			FROM dev JOIN municipalities m USING (kommun) JOIN sources s ON s.source = dev.source
			LEFT JOIN bud USING (report_id) LEFT JOIN fc USING (report_id)
			ORDER BY dev.period_end DESC, m.name`,
		columns: [
			'kommun',
			'name',
			'report_id',
			'report_label',
			'period_label',
			'budget_year_tkr',
			'forecast_year_tkr',
			'deviation_tkr',
			'deviation_pct',
			'source',
			'line',
			'quote',
			'file',
			'note',
			'note_sv'
		]
	};
}
