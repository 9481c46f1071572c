import { z } from 'zod/mini';
import { HAS_YEAR_DEVIATION } from './budget-reports';
import { sql, type Query } from './sql';

export const MunicipalityCoverageRow = z.object({
	kommun: z.string(),
	name: z.string(),
	lan_name: z.string(),
	budget_rows: z.number(),
	staffing_rows: z.number(),
	sick_leave_rows: z.number(),
	senior_alert_rows: z.number(),
	caseload_rows: z.number(),
	goals_rows: z.number()
});
export type MunicipalityCoverageRow = z.infer<typeof MunicipalityCoverageRow>;

/** Which municipalities the loaded extracts cover (of all 290 and Riket: those with figures), and with how many per domain. */
export function municipalityCoverage(): Query<MunicipalityCoverageRow> {
	return {
		purpose: 'kommunernas täckning per område',
		sql: sql`WITH counts AS (
				SELECT kommun, 'budget' AS domain FROM budget
				UNION ALL SELECT kommun, 'staffing' FROM staffing_safe
				UNION ALL SELECT kommun, 'sick_leave' FROM sick_leave_safe
				UNION ALL SELECT kommun, 'senior_alert' FROM senior_alert_safe
				UNION ALL SELECT kommun, 'caseload' FROM caseload_safe
				UNION ALL SELECT kommun, 'goals' FROM goals)
			SELECT m.kommun, m.name, m.lan_name,
				count(*) FILTER (WHERE c.domain = 'budget')::INTEGER AS budget_rows,
				count(*) FILTER (WHERE c.domain = 'staffing')::INTEGER AS staffing_rows,
				count(*) FILTER (WHERE c.domain = 'sick_leave')::INTEGER AS sick_leave_rows,
				count(*) FILTER (WHERE c.domain = 'senior_alert')::INTEGER AS senior_alert_rows,
				count(*) FILTER (WHERE c.domain = 'caseload')::INTEGER AS caseload_rows,
				count(*) FILTER (WHERE c.domain = 'goals')::INTEGER AS goals_rows
			FROM municipalities m JOIN counts c USING (kommun)
			GROUP BY ALL ORDER BY m.name`,
		columns: [
			'kommun',
			'name',
			'lan_name',
			'budget_rows',
			'staffing_rows',
			'sick_leave_rows',
			'senior_alert_rows',
			'caseload_rows',
			'goals_rows'
		]
	};
}

export const ReportRow = z.object({
	kommun: z.string(),
	name: z.string(),
	report_id: z.string(),
	report_label: z.string(),
	period_label: z.string(),
	period_end: z.string(),
	figures: z.number(),
	/** A tertial/delår-type report (goal status or a budget follow-up), not a grant or investment decision. */
	is_report: z.boolean(),
	/** States the committee's deviation for the year (see HAS_YEAR_DEVIATION). */
	has_forecast: z.boolean(),
	/** The committee and meeting of the report's documents: the printed report's title block. */
	committee: z.string(),
	meeting_date: z.string()
});
export type ReportRow = z.infer<typeof ReportRow>;

/**
 * The reports present in budget and goal figures: tertial/delår reports first, then those with
 * the year's deviation, newest, most figures — so a municipality's first report is its most complete.
 */
export function reportList(): Query<ReportRow> {
	return {
		purpose: 'listan över rapporter',
		sql: sql`WITH r AS (
				SELECT kommun, source, report_id, report_label, period_label, period_end,
					amount_kind <> 'amount' AND budget_line IN ('revenue', 'personnel', 'other_costs', 'costs', 'net') AS follow_up,
					${HAS_YEAR_DEVIATION} AS year_deviation FROM budget
				UNION ALL
				SELECT g.kommun, any_value(g.source), g.report_id, g.report_label, any_value(b.period_label), any_value(b.period_end), true, false
				FROM goals g LEFT JOIN budget b USING (report_id) GROUP BY g.kommun, g.report_id, g.report_label)
			SELECT r.kommun, m.name, r.report_id, any_value(r.report_label) AS report_label,
				coalesce(any_value(r.period_label), '') AS period_label,
				coalesce(CAST(max(r.period_end) AS VARCHAR), '') AS period_end, count(*)::INTEGER AS figures,
				coalesce(bool_or(r.follow_up), false) AS is_report, coalesce(bool_or(r.year_deviation), false) AS has_forecast,
				coalesce(any_value(s.committee), '') AS committee, coalesce(CAST(max(s.meeting_date) AS VARCHAR), '') AS meeting_date
			FROM r JOIN municipalities m USING (kommun) LEFT JOIN sources s ON s.source = r.source
			GROUP BY r.kommun, m.name, r.report_id ORDER BY is_report DESC, has_forecast DESC, period_end DESC, figures DESC, m.name`,
		columns: [
			'kommun',
			'name',
			'report_id',
			'report_label',
			'period_label',
			'period_end',
			'figures',
			'is_report',
			'has_forecast',
			'committee',
			'meeting_date'
		]
	};
}

export const MeasureCatalogueRow = z.object({
	measure: z.string(),
	domain: z.string(),
	label_sv: z.string(),
	label_en: z.string(),
	unit: z.string(),
	kolada_kpi: z.nullable(z.string()),
	figures: z.number(),
	kommuner: z.number()
});
export type MeasureCatalogueRow = z.infer<typeof MeasureCatalogueRow>;

/** The measure catalogue with how many figures and municipalities each measure has. */
export function measureCatalogue(): Query<MeasureCatalogueRow> {
	return {
		purpose: 'måttkatalogen',
		sql: sql`WITH f AS (SELECT measure, kommun FROM compare_facts WHERE extract <> 'kolada')
			SELECT m.measure, m.domain, m.label_sv, m.label_en, m.unit, m.kolada_kpi,
				count(f.measure)::INTEGER AS figures, count(DISTINCT f.kommun)::INTEGER AS kommuner
			FROM measures m LEFT JOIN f USING (measure)
			GROUP BY ALL ORDER BY m.domain, m.label_sv`,
		columns: ['measure', 'domain', 'label_sv', 'label_en', 'unit', 'kolada_kpi', 'figures', 'kommuner']
	};
}
