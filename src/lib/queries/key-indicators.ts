import { z } from 'zod/mini';
import { periodMonthsSql } from '$lib/domain/period';
import { sql, type Query } from './sql';

export const KeyIndicatorRow = z.object({
	measure: z.string(),
	label_sv: z.string(),
	domain: z.string(),
	unit: z.string(),
	decimals: z.number(),
	higher_is_better: z.nullable(z.boolean()),
	period_label: z.string(),
	period_end: z.string(),
	value: z.number(),
	target: z.nullable(z.number()),
	target_label: z.nullable(z.string()),
	previous_value: z.nullable(z.number()),
	previous_label: z.nullable(z.string()),
	change: z.nullable(z.number()),
	direction: z.nullable(z.enum(['better', 'worse', 'same'])),
	meets_target: z.nullable(z.boolean()),
	others: z.nullable(z.string()),
	note: z.nullable(z.string()),
	/** What the user should know, in Swedish (the reviewer's `note` is for the Data page). */
	note_sv: z.nullable(z.string()),
	line: z.nullable(z.number()),
	quote: z.nullable(z.string()),
	file: z.nullable(z.string())
});
export type KeyIndicatorRow = z.infer<typeof KeyIndicatorRow>;

/**
 * Each measure's latest committee-level figure (all employees/clients, sex T), with target,
 * previous period and whether the change is an improvement — all decided here in SQL from
 * measures.higher_is_better. `others` names the other municipalities that report the measure.
 */
export function keyIndicators(kommun: string, domains: string): Query<KeyIndicatorRow> {
	return {
		purpose: 'nyckeltalen',
		sql: sql`WITH f AS (
				SELECT * FROM facts WHERE kommun = ${kommun} AND NOT suppressed AND sex = 'T' AND age_band IS NULL AND unit_area IS NULL AND item IS NULL AND canonical
					AND list_contains(string_split(${domains}, ','), extract)),
			-- A figure stated twice for one period is one point, so "previous" is never the same period again.
			u AS (SELECT * FROM f WHERE value_kind = 'actual'
				QUALIFY row_number() OVER (PARTITION BY measure, period_start, period_end ORDER BY source, line) = 1),
			a AS (SELECT *, lag(value) OVER w AS previous_value, lag(period_label) OVER w AS previous_label,
					row_number() OVER (PARTITION BY measure ORDER BY period_end DESC, period_start DESC) AS recency
				FROM u WINDOW w AS (PARTITION BY measure, period_kind, ${periodMonthsSql()} ORDER BY period_end)),
			t AS (SELECT measure, period_end, any_value(value) AS target, any_value(period_label) AS target_label FROM f WHERE value_kind = 'target' GROUP BY ALL),
			o AS (SELECT measure, string_agg(DISTINCT m.name, ', ' ORDER BY m.name) AS others FROM facts x JOIN municipalities m USING (kommun)
				WHERE x.kommun <> ${kommun} AND x.value_kind = 'actual' GROUP BY measure)
			SELECT a.measure, ms.label_sv, ms.domain, ms.unit, ms.decimals, ms.higher_is_better, a.period_label, strftime(a.period_end, '%Y-%m-%d') AS period_end,
				a.value, coalesce(t.target, tl.target) AS target, coalesce(t.target_label, tl.target_label) AS target_label,
				a.previous_value, a.previous_label, a.value - a.previous_value AS change,
				CASE WHEN a.previous_value IS NULL OR ms.higher_is_better IS NULL THEN NULL WHEN a.value = a.previous_value THEN 'same'
					WHEN (a.value > a.previous_value) = ms.higher_is_better THEN 'better' ELSE 'worse' END AS direction,
				CASE WHEN coalesce(t.target, tl.target) IS NULL OR ms.higher_is_better IS NULL THEN NULL
					WHEN ms.higher_is_better THEN a.value >= coalesce(t.target, tl.target) ELSE a.value <= coalesce(t.target, tl.target) END AS meets_target,
				o.others, a.note, a.note_sv, a.line, a.quote, s.file
			FROM a JOIN measures ms USING (measure) LEFT JOIN t ON t.measure = a.measure AND t.period_end = a.period_end
				LEFT JOIN (SELECT measure, arg_max(target, period_end) AS target, arg_max(target_label, period_end) AS target_label FROM t GROUP BY 1) tl ON tl.measure = a.measure
				LEFT JOIN o ON o.measure = a.measure LEFT JOIN sources s ON s.source = a.source
			WHERE a.recency = 1
			ORDER BY ms.domain, ms.label_sv`,
		columns: [
			'measure',
			'label_sv',
			'domain',
			'unit',
			'decimals',
			'higher_is_better',
			'period_label',
			'period_end',
			'value',
			'target',
			'target_label',
			'previous_value',
			'previous_label',
			'change',
			'direction',
			'meets_target',
			'others',
			'note',
			'note_sv',
			'line',
			'quote',
			'file'
		]
	};
}
