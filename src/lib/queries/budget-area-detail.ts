import { z } from 'zod/mini';
import { AMOUNT_COLUMNS, PIVOT_AMOUNTS, AmountColumns } from './budget-pivot';
import { sql, type Query } from './sql';

export const BudgetLineRow = z.extend(AmountColumns, {
	area_label: z.string(),
	parent_area_label: z.nullable(z.string()),
	budget_line: z.string(),
	first_line: z.number()
});
export type BudgetLineRow = z.infer<typeof BudgetLineRow>;

/** Drill-down: one area's lines (revenue, personnel, other costs, net, …) and its "varav" rows. */
export function budgetAreaLines(reportId: string, areaLabel: string): Query<BudgetLineRow> {
	return {
		purpose: 'områdets budgetrader',
		sql: sql`SELECT area_label, parent_area_label, budget_line, min(line)::INTEGER AS first_line, ${PIVOT_AMOUNTS}
			FROM budget WHERE report_id = ${reportId} AND (area_label = ${areaLabel} OR parent_area_label = ${areaLabel}) AND amount_kind <> 'amount'
			GROUP BY area_label, parent_area_label, budget_line
			ORDER BY parent_area_label IS NOT NULL, area_label, CASE budget_line WHEN 'revenue' THEN 1 WHEN 'personnel' THEN 2 WHEN 'other_costs' THEN 3 WHEN 'costs' THEN 4 WHEN 'net' THEN 5 ELSE 6 END`,
		columns: ['area_label', 'parent_area_label', 'budget_line', 'first_line', ...AMOUNT_COLUMNS]
	};
}

export const BudgetFigureRow = z.object({
	area_label: z.string(),
	budget_line: z.string(),
	amount_kind: z.string(),
	value: z.number(),
	unit: z.string(),
	amount_tkr: z.number(),
	line: z.number(),
	quote: z.string(),
	note: z.nullable(z.string()),
	/** What the user should know, in Swedish (the reviewer's `note` is for the Data page). */
	note_sv: z.nullable(z.string()),
	file: z.string()
});
export type BudgetFigureRow = z.infer<typeof BudgetFigureRow>;

/** Every cited figure behind an area (or the whole report): the document's own words beside the number. */
export function budgetFigures(reportId: string, areaLabel: string | null): Query<BudgetFigureRow> {
	return {
		purpose: 'källorna bakom budgetsiffrorna',
		sql: sql`SELECT b.area_label, b.budget_line, b.amount_kind, b.value, b.unit, b.amount_tkr, b.line, b.quote, b.note, b.note_sv, s.file
			FROM budget b JOIN sources s USING (source)
			WHERE b.report_id = ${reportId} AND (CAST(${areaLabel} AS VARCHAR) IS NULL OR b.area_label = ${areaLabel} OR b.parent_area_label = ${areaLabel})
			ORDER BY b.line, b.amount_kind`,
		columns: [
			'area_label',
			'budget_line',
			'amount_kind',
			'value',
			'unit',
			'amount_tkr',
			'line',
			'quote',
			'note',
			'note_sv',
			'file'
		]
	};
}
