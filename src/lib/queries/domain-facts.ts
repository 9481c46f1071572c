import { z } from 'zod/mini';
import type { KpiTable } from '$lib/schema/table-names';
import { fragment, sql, type Query } from './sql';

export const DomainFactRow = z.object({
	measure: z.string(),
	label_sv: z.string(),
	unit: z.string(),
	decimals: z.number(),
	period_start: z.string(),
	period_end: z.string(),
	period_label: z.string(),
	sex: z.string(),
	age_band: z.nullable(z.string()),
	unit_area: z.nullable(z.string()),
	detail: z.nullable(z.string()),
	value_kind: z.string(),
	value: z.number(),
	note: z.nullable(z.string()),
	/** What the user should know, in Swedish (the reviewer's `note` is for the Data page). */
	note_sv: z.nullable(z.string()),
	source: z.string(),
	line: z.nullable(z.number()),
	quote: z.nullable(z.string()),
	file: z.nullable(z.string())
});
export type DomainFactRow = z.infer<typeof DomainFactRow>;

/** The protected views: a figure hidden by the small-group rule is left out here. */
const TABLE: Record<KpiTable, ReturnType<typeof fragment>> = {
	staffing: fragment('staffing_safe'),
	sick_leave: fragment('sick_leave_safe'),
	senior_alert: fragment('senior_alert_safe'),
	caseload: fragment('caseload_safe')
};

/** Every figure of one extract for a municipality (listed items excluded), for sections and trends. */
export function domainFacts(
	table: KpiTable,
	kommun: string,
	excludePrefix: string | null = null
): Query<DomainFactRow> {
	return {
		purpose: 'uppgifterna för avsnittet',
		sql: sql`SELECT f.measure, m.label_sv, m.unit, m.decimals, strftime(f.period_start, '%Y-%m-%d') AS period_start, strftime(f.period_end, '%Y-%m-%d') AS period_end,
				f.period_label, f.sex, f.age_band, f.unit_area, f.detail, f.value_kind, f.value, f.note, f.note_sv, f.source, f.line, f.quote, s.file
			FROM ${TABLE[table]} f JOIN measures m USING (measure) LEFT JOIN sources s USING (source)
			WHERE f.kommun = ${kommun} AND NOT f.suppressed AND f.item IS NULL AND f.canonical AND (CAST(${excludePrefix} AS VARCHAR) IS NULL OR NOT starts_with(f.measure, ${excludePrefix}))
			ORDER BY m.label_sv, f.unit_area NULLS FIRST, f.age_band NULLS FIRST, f.sex DESC, f.value_kind, f.period_end`,
		columns: [
			'measure',
			'label_sv',
			'unit',
			'decimals',
			'period_start',
			'period_end',
			'period_label',
			'sex',
			'age_band',
			'unit_area',
			'detail',
			'value_kind',
			'value',
			'note',
			'note_sv',
			'source',
			'line',
			'quote',
			'file'
		]
	};
}
