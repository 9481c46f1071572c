import { z } from 'zod/mini';
import { periodMonthsSql } from '$lib/domain/period';
import { SICK_LEAVE_MEASURES, type SickLeaveMeasure } from '$lib/domain/kpis';
import { SEXES } from '$lib/domain/sex-age';
import { fragment, sql, type Fragment, type Query } from './sql';
import { Suppression } from './suppression';

export { SICK_LEAVE_MEASURES, type SickLeaveMeasure };

/** One protected figure with its target, change vs the previous period of the same series, and source. */
export const FigureRow = z.object({
	kommun: z.string(),
	name: z.string(),
	measure: z.string(),
	label_sv: z.string(),
	unit: z.string(),
	decimals: z.number(),
	higher_is_better: z.nullable(z.boolean()),
	sex: z.enum(SEXES),
	age_band: z.nullable(z.string()),
	unit_area: z.nullable(z.string()),
	detail: z.nullable(z.string()),
	period_start: z.string(),
	period_end: z.string(),
	period_kind: z.string(),
	period_label: z.string(),
	period_months: z.number(),
	value: z.nullable(z.number()),
	n: z.nullable(z.number()),
	suppressed: z.boolean(),
	suppression: Suppression,
	target: z.nullable(z.number()),
	meets_target: z.nullable(z.boolean()),
	change: z.nullable(z.number()),
	prev_label: z.nullable(z.string()),
	same_length: z.nullable(z.boolean()),
	direction: z.nullable(z.enum(['up', 'down', 'flat'])),
	better: z.nullable(z.boolean()),
	note: z.nullable(z.string()),
	/** What the user should know, in Swedish (the reviewer's `note` is for the Data page). */
	note_sv: z.nullable(z.string()),
	file: z.nullable(z.string()),
	line: z.nullable(z.number()),
	quote: z.nullable(z.string()),
	target_file: z.nullable(z.string()),
	target_line: z.nullable(z.number()),
	target_quote: z.nullable(z.string())
});
export type FigureRow = z.infer<typeof FigureRow>;

export const FIGURE_COLUMNS = [
	'kommun',
	'name',
	'measure',
	'label_sv',
	'unit',
	'decimals',
	'higher_is_better',
	'sex',
	'age_band',
	'unit_area',
	'detail',
	'period_start',
	'period_end',
	'period_kind',
	'period_label',
	'period_months',
	'value',
	'n',
	'suppressed',
	'suppression',
	'target',
	'meets_target',
	'change',
	'prev_label',
	'same_length',
	'direction',
	'better',
	'note',
	'note_sv',
	'file',
	'line',
	'quote',
	'target_file',
	'target_line',
	'target_quote'
] as const satisfies readonly (keyof FigureRow)[];

/** Which cells a view shows. Applied after suppression, so complementary cells stay hidden. */
export type Breakdown = 'total' | 'sex' | 'age' | 'unit' | 'all';
const BREAKDOWN: Record<Breakdown, Fragment> = {
	total: fragment(`sex = 'T' AND age_band IS NULL AND unit_area IS NULL`),
	sex: fragment('age_band IS NULL AND unit_area IS NULL'),
	age: fragment(`sex = 'T' AND unit_area IS NULL`),
	unit: fragment(`sex = 'T' AND age_band IS NULL`),
	all: fragment('true')
};
/** The protected views (src/lib/db/protect.ts): suppressed figures arrive as NULL, flagged. */
const TABLE: Record<'sick_leave' | 'staffing', Fragment> = {
	sick_leave: fragment('sick_leave_safe'),
	staffing: fragment('staffing_safe')
};

export type FigureFilter = {
	table: 'sick_leave' | 'staffing';
	kommun: string | null;
	measures: readonly string[];
	breakdown: Breakdown;
};

/**
 * Protected figures of one extract (suppression is applied once, before any view: see
 * src/lib/db/protect.ts); the target is the same series' target for the same year; the trend compares
 * with the previous period of the same series, and says whether the periods are equally long.
 */
export function kpiFigures(f: FigureFilter, purpose: string): Query<FigureRow> {
	const measures = f.measures.join(',');
	return {
		purpose,
		sql: sql`WITH src AS (SELECT * FROM ${TABLE[f.table]} WHERE (CAST(${f.kommun} AS VARCHAR) IS NULL OR kommun = ${f.kommun})
				AND list_contains(string_split(${measures}, ','), measure) AND canonical
				-- A document may print one figure twice (summary and appendix): keep one, preferring a stated n.
				QUALIFY row_number() OVER (PARTITION BY kommun, measure, value_kind, sex, age_band, unit_area, detail, period_start, period_end
					ORDER BY n IS NULL, source, line) = 1),
			protected AS (SELECT * FROM src),
			tgt AS (SELECT * FROM protected WHERE value_kind = 'target'
				QUALIFY row_number() OVER (PARTITION BY kommun, measure, sex, age_band, unit_area, detail, year(period_end) ORDER BY period_end DESC, line) = 1),
			a AS (SELECT *, ${periodMonthsSql()} AS months FROM protected WHERE value_kind = 'actual' AND ${BREAKDOWN[f.breakdown]}),
			f AS (SELECT *, round(value - lag(value) OVER w, 4) AS change, lag(period_label) OVER w AS prev_label, lag(months) OVER w = months AS same_length
				FROM a WINDOW w AS (PARTITION BY kommun, measure, sex, age_band, unit_area, detail ORDER BY period_end, period_start))
			SELECT f.kommun, mu.name, f.measure, m.label_sv, m.unit, m.decimals, m.higher_is_better, f.sex, f.age_band, f.unit_area, f.detail,
				strftime(f.period_start, '%Y-%m-%d') AS period_start, strftime(f.period_end, '%Y-%m-%d') AS period_end,
				f.period_kind, f.period_label, f.months AS period_months, f.value, f.n, f.suppressed, f.suppression,
				t.value AS target,
				CASE WHEN f.value IS NULL OR t.value IS NULL OR m.higher_is_better IS NULL THEN NULL
					WHEN m.higher_is_better THEN f.value >= t.value ELSE f.value <= t.value END AS meets_target,
				f.change, f.prev_label, f.same_length,
				CASE WHEN f.change IS NULL THEN NULL WHEN f.change > 0 THEN 'up' WHEN f.change < 0 THEN 'down' ELSE 'flat' END AS direction,
				CASE WHEN f.change IS NULL OR f.change = 0 OR m.higher_is_better IS NULL THEN NULL ELSE (f.change > 0) = m.higher_is_better END AS better,
				f.note, f.note_sv, s.file, f.line, f.quote, ts.file AS target_file, t.line AS target_line, t.quote AS target_quote
			FROM f JOIN measures m USING (measure) LEFT JOIN municipalities mu ON mu.kommun = f.kommun
			LEFT JOIN sources s ON s.source = f.source
			LEFT JOIN tgt t ON t.kommun = f.kommun AND t.measure = f.measure AND t.sex = f.sex AND t.age_band IS NOT DISTINCT FROM f.age_band
				AND t.unit_area IS NOT DISTINCT FROM f.unit_area AND t.detail IS NOT DISTINCT FROM f.detail AND year(t.period_end) = year(f.period_end)
			LEFT JOIN sources ts ON ts.source = t.source
			ORDER BY mu.name, f.measure, f.unit_area NULLS FIRST, f.age_band NULLS FIRST, CASE f.sex WHEN 'T' THEN 0 WHEN 'K' THEN 1 ELSE 2 END, f.period_end, f.period_start`,
		columns: FIGURE_COLUMNS
	};
}

/** One municipality's sick leave, by the breakdown a section shows. */
export function sickLeaveFigures(kommun: string, breakdown: Breakdown): Query<FigureRow> {
	return kpiFigures({ table: 'sick_leave', kommun, measures: SICK_LEAVE_MEASURES, breakdown }, 'sjukfrånvaron');
}

/** One sick-leave measure for every municipality (whole committee, all staff): the comparison. */
export function sickLeaveComparison(measure: SickLeaveMeasure): Query<FigureRow> {
	return kpiFigures(
		{ table: 'sick_leave', kommun: null, measures: [measure], breakdown: 'total' },
		'jämförelsen av sjukfrånvaro mellan kommuner'
	);
}
