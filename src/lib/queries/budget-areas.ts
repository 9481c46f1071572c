import { z } from 'zod/mini';
import type { BudgetLine } from '$lib/schema/budget-row';
import {
	AMOUNT_COLUMNS,
	HEADLINE_BUDGET,
	HEADLINE_DEVIATION,
	PIVOT_AMOUNTS,
	shareOfBudget,
	AmountColumns
} from './budget-pivot';
import { fragment, sql, type Query } from './sql';

const AMOUNTS_OF_D = fragment(AMOUNT_COLUMNS.map((c) => `d.${c}`).join(', '));

export const BudgetAreaRow = z.extend(AmountColumns, {
	area_label: z.string(),
	area_std: z.string(),
	area_std_label: z.string(),
	parent_area_label: z.nullable(z.string()),
	is_total: z.boolean(),
	deviation_tkr: z.nullable(z.number()),
	deviation_pct: z.nullable(z.number()),
	rank: z.nullable(z.number()),
	children: z.number(),
	first_line: z.number()
});
export type BudgetAreaRow = z.infer<typeof BudgetAreaRow>;

/**
 * Every area of one report for one budget line, ranked by deviation (largest unfavourable first).
 * The committee total is returned too (is_total) but not ranked.
 */
export function budgetAreas(reportId: string, line: BudgetLine): Query<BudgetAreaRow> {
	return {
		purpose: 'budgetavvikelsen per verksamhetsområde',
		sql: sql`WITH r AS (SELECT * FROM budget WHERE report_id = ${reportId}),
			p AS (
				SELECT area_label, parent_area_label, any_value(area_std) AS area_std, min(line)::INTEGER AS first_line, ${PIVOT_AMOUNTS}
				FROM r WHERE budget_line = ${line} AND amount_kind <> 'amount' GROUP BY area_label, parent_area_label),
			d AS (SELECT *, ${HEADLINE_DEVIATION} AS deviation_tkr, ${HEADLINE_BUDGET} AS base_tkr FROM p)
			SELECT d.area_label, d.area_std, coalesce(a.label_sv, d.area_std) AS area_std_label, d.parent_area_label,
				d.area_std = 'total' AS is_total, d.deviation_tkr,
				${shareOfBudget('d.deviation_tkr', 'd.base_tkr')} AS deviation_pct,
				CASE WHEN d.area_std <> 'total' AND d.parent_area_label IS NULL AND d.deviation_tkr IS NOT NULL
					THEN rank() OVER (PARTITION BY d.area_std <> 'total' AND d.parent_area_label IS NULL AND d.deviation_tkr IS NOT NULL ORDER BY d.deviation_tkr)
				END::INTEGER AS rank,
				(SELECT count(DISTINCT c.area_label) FROM r c WHERE c.parent_area_label = d.area_label)::INTEGER AS children,
				d.first_line, ${AMOUNTS_OF_D}
			FROM d LEFT JOIN areas a USING (area_std)
			ORDER BY is_total DESC, rank NULLS LAST, d.first_line`,
		columns: [
			'area_label',
			'area_std',
			'area_std_label',
			'parent_area_label',
			'is_total',
			'deviation_tkr',
			'deviation_pct',
			'rank',
			'children',
			'first_line',
			...AMOUNT_COLUMNS
		]
	};
}
