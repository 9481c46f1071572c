import { z } from 'zod/mini';
import { periodMonthsSql } from '$lib/domain/period';
import { HEADLINE_BUDGET, HEADLINE_DEVIATION, PIVOT_AMOUNTS, shareOfBudget } from './budget-pivot';
import { sql, type Query } from './sql';

export const BudgetCompareRow = z.object({
	kommun: z.string(),
	name: z.string(),
	report_id: z.string(),
	report_label: z.string(),
	period_label: z.string(),
	period_months: z.number(),
	area_std: z.string(),
	area_std_label: z.string(),
	areas: z.string(),
	deviation_tkr: z.nullable(z.number()),
	base_tkr: z.nullable(z.number()),
	deviation_pct: z.nullable(z.number()),
	basis: z.string()
});
export type BudgetCompareRow = z.infer<typeof BudgetCompareRow>;

/**
 * Net deviation as % of budget per municipality, report and standard area, so areas compare
 * across municipalities. Areas mapping to the same standard area are summed; the period and the
 * basis (forecast vs period outcome) travel with each figure so Jan–Aug is never silently set
 * against Jan–Dec.
 */
export function budgetComparison(areaStd: string | null): Query<BudgetCompareRow> {
	return {
		purpose: 'jämförelsen av budgetavvikelser mellan kommuner',
		sql: sql`WITH p AS (
				SELECT kommun, report_id, area_label, area_std, any_value(report_label) AS report_label, any_value(period_label) AS period_label,
					${periodMonthsSql('span')} AS period_months, ${PIVOT_AMOUNTS}
				FROM budget WHERE budget_line = 'net' AND parent_area_label IS NULL AND amount_kind <> 'amount'
					AND (CAST(${areaStd} AS VARCHAR) IS NULL OR area_std = ${areaStd})
				GROUP BY kommun, report_id, area_label, area_std),
			d AS (SELECT *, ${HEADLINE_DEVIATION} AS dev, ${HEADLINE_BUDGET} AS base,
					CASE WHEN deviation_forecast_tkr IS NOT NULL THEN 'prognos helår' WHEN deviation_year_tkr IS NOT NULL THEN 'utfall helår' ELSE 'utfall period' END AS basis
				FROM p)
			SELECT d.kommun, m.name, d.report_id, any_value(d.report_label) AS report_label, any_value(d.period_label) AS period_label,
				any_value(d.period_months) AS period_months, d.area_std, coalesce(any_value(a.label_sv), d.area_std) AS area_std_label,
				string_agg(d.area_label, '; ' ORDER BY d.area_label) AS areas, sum(d.dev) AS deviation_tkr, sum(d.base) AS base_tkr,
				${shareOfBudget('sum(d.dev)', 'sum(d.base)')} AS deviation_pct, any_value(d.basis) AS basis
			FROM d JOIN municipalities m USING (kommun) LEFT JOIN areas a USING (area_std)
			WHERE d.dev IS NOT NULL
			GROUP BY d.kommun, m.name, d.report_id, d.area_std
			-- One answer per kommun and period: a report with the year's forecast speaks for it (Timrå's delår, not its periodrapport).
			QUALIFY row_number() OVER (PARTITION BY d.kommun, d.area_std, any_value(d.period_label)
				ORDER BY any_value(d.basis) = 'prognos helår' DESC, any_value(d.basis) = 'utfall helår' DESC, d.report_id) = 1
			ORDER BY d.area_std, deviation_pct NULLS LAST, d.kommun, d.report_id`,
		columns: [
			'kommun',
			'name',
			'report_id',
			'report_label',
			'period_label',
			'period_months',
			'area_std',
			'area_std_label',
			'areas',
			'deviation_tkr',
			'base_tkr',
			'deviation_pct',
			'basis'
		]
	};
}
