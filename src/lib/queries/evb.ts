import { z } from 'zod/mini';
import { sql, type Query } from './sql';

export const EvbSummaryRow = z.object({
	measure: z.string(),
	label_sv: z.string(),
	period_end: z.string(),
	period_label: z.string(),
	sex: z.string(),
	unit_area: z.nullable(z.string()),
	detail: z.nullable(z.string()),
	value: z.number(),
	change: z.nullable(z.number()),
	line: z.number(),
	quote: z.string(),
	file: z.string()
});
export type EvbSummaryRow = z.infer<typeof EvbSummaryRow>;

/**
 * Ej verkställda beslut per report date: the stated counts (total, by sex, SoL/LSS, type),
 * with the change since the previous report date computed in SQL. Listed decisions (item)
 * are left to evbDecisions.
 */
export function evbSummary(kommun: string): Query<EvbSummaryRow> {
	return {
		purpose: 'ej verkställda beslut',
		sql: sql`SELECT f.measure, m.label_sv, strftime(f.period_end, '%Y-%m-%d') AS period_end, f.period_label, f.sex, f.unit_area, f.detail, f.value,
				f.value - lag(f.value) OVER (PARTITION BY f.measure, f.sex, f.unit_area, f.detail ORDER BY f.period_end) AS change, f.line, f.quote, s.file
			FROM caseload_safe f JOIN measures m USING (measure) JOIN sources s USING (source)
			WHERE f.kommun = ${kommun} AND NOT f.suppressed AND f.measure LIKE 'evb%' AND f.item IS NULL AND f.value_kind = 'actual' AND f.canonical
			ORDER BY f.measure, f.unit_area NULLS FIRST, f.detail NULLS FIRST, f.sex DESC, f.period_end`,
		columns: [
			'measure',
			'label_sv',
			'period_end',
			'period_label',
			'sex',
			'unit_area',
			'detail',
			'value',
			'change',
			'line',
			'quote',
			'file'
		]
	};
}

export const EvbDecisionRow = z.object({
	item: z.string(),
	period_label: z.string(),
	sex: z.string(),
	unit_area: z.nullable(z.string()),
	detail: z.nullable(z.string()),
	days_waited: z.nullable(z.number()),
	figures: z.number(),
	line: z.number(),
	file: z.string()
});
export type EvbDecisionRow = z.infer<typeof EvbDecisionRow>;

/** One row per listed unfulfilled decision: type, sex, reason and days waited where printed. */
export function evbDecisions(kommun: string): Query<EvbDecisionRow> {
	return {
		purpose: 'de enskilda ej verkställda besluten',
		sql: sql`SELECT f.item, any_value(f.period_label) AS period_label, coalesce(max(f.sex) FILTER (WHERE f.sex <> 'T'), 'T') AS sex,
				any_value(f.unit_area) AS unit_area, string_agg(DISTINCT f.detail, '; ') AS detail,
				max(f.value) FILTER (WHERE f.measure = 'evb_days_waited') AS days_waited, count(*)::INTEGER AS figures,
				min(f.line)::INTEGER AS line, any_value(s.file) AS file
			FROM caseload_safe f JOIN sources s USING (source)
			WHERE f.kommun = ${kommun} AND NOT f.suppressed AND f.measure LIKE 'evb%' AND f.item IS NOT NULL AND f.canonical
			GROUP BY f.item ORDER BY min(f.period_end), days_waited DESC NULLS LAST, f.item`,
		columns: ['item', 'period_label', 'sex', 'unit_area', 'detail', 'days_waited', 'figures', 'line', 'file']
	};
}
