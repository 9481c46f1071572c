import { PREFERRED_STATEMENT } from './budget-pivot';
import { fragment } from './sql';

/**
 * The budget extract in the long shape of `compare_facts`, so Jämför can set net budget figures
 * side by side like any other measure. One row per municipality, period, measure and standard
 * area (the committee total has no area). The measures are in data/measures.csv (domain budget).
 */

/** Measure id → the amount kind(s) it reads and the amount kind it is a share of ("% av budget"). */
export const BUDGET_MEASURES = {
	budget_net_deviation_year: { kinds: ['deviation_forecast', 'deviation_year'], base: 'budget_year' },
	budget_net_deviation_period: { kinds: ['deviation_period'], base: 'budget_period' },
	budget_net_forecast_year: { kinds: ['forecast_year'], base: 'budget_year' },
	budget_net_outcome_period: { kinds: ['outcome_period'], base: 'budget_period' },
	budget_net_budget_year: { kinds: ['budget_year'], base: null }
} as const;

const MEASURE_OF_KIND = Object.entries(BUDGET_MEASURES)
	.flatMap(([m, d]) => d.kinds.map((k) => `WHEN '${k}' THEN '${m}'`))
	.join(' ');
const BASE_KIND_OF_KIND = Object.values(BUDGET_MEASURES)
	.flatMap((d) => d.kinds.map((k) => `WHEN '${k}' THEN ${d.base ? `'${d.base}'` : 'NULL'}`))
	.join(' ');
/** The deviation measures: their share of budget is taken of |budget| (src/lib/domain/sign.ts). */
export const BUDGET_DEVIATION_MEASURES = Object.keys(BUDGET_MEASURES).filter((m) => m.includes('deviation'));

/**
 * Steps, each for a reason:
 * - one amount per report, area and kind: a figure stated twice (table and text) is read once,
 *   by the same rule as Ekonomi (PREFERRED_STATEMENT);
 * - areas mapping to the same standard area are summed; their labels and lines go into the note,
 *   their quotes into the quote, so a sum is as traceable as a single figure;
 * - when two reports cover the same period (Timrå's periodrapport and delår), the one with more
 *   figures speaks for it, so a municipality has one value per period;
 * - a table, not a view: rebuilt whenever the extracts change (load, upload), so the comparison
 *   queries do not redo these steps (~30 ms in the browser) on every click;
 * - `budget_base` is the budget the figure is set against, with its sign as stated (a net budget
 *   is a cost, negative, as in Ekonomi: src/lib/domain/sign.ts); "% av budget" divides by it
 *   (compare.ts). It is only set when every area in the sum has its budget.
 */
export const BUDGET_FACTS_TABLE = fragment(`CREATE OR REPLACE TABLE budget_facts AS
	WITH r AS (SELECT report_id, count(*) AS report_figures FROM budget GROUP BY report_id),
	a AS (
		SELECT kommun, report_id, any_value(report_label) AS report_label, period_start, period_end, period_kind, period_label,
			area_label, area_std, amount_kind,
			arg_min(amount_tkr, ${PREFERRED_STATEMENT}) AS tkr, arg_min(source, ${PREFERRED_STATEMENT}) AS source,
			arg_min(line, ${PREFERRED_STATEMENT}) AS line, arg_min(quote, ${PREFERRED_STATEMENT}) AS quote
		FROM budget WHERE budget_line = 'net' AND parent_area_label IS NULL AND amount_kind <> 'amount'
		GROUP BY ALL),
	m AS (
		SELECT a.*, CASE a.amount_kind ${MEASURE_OF_KIND} END AS measure, b.tkr AS base
		FROM a LEFT JOIN a b ON b.report_id = a.report_id AND b.area_label = a.area_label AND b.period_start = a.period_start
			AND b.period_end = a.period_end AND b.amount_kind = CASE a.amount_kind ${BASE_KIND_OF_KIND} END),
	s AS (
		SELECT kommun, report_id, any_value(report_label) AS report_label, period_start, period_end, period_kind, period_label, area_std, measure,
			round(sum(tkr), 3) AS value, CASE WHEN count(base) = count(*) THEN round(sum(base), 3) END AS base, count(*) AS areas,
			-- Texts joined from lists sorted after grouping: string_agg(… ORDER BY …) sorts inside every
			-- group and cost ~30 ms of 60 natively at 1M rows per extract. No part: NULL, as string_agg.
			array_to_string(list_sort(list_distinct(list(area_label) FILTER (WHERE area_label IS NOT NULL))), '; ') AS area_labels,
			-- A sum cites every part: the first line, all quotes, and every line in the note.
			any_value(source) AS source, min(line) AS line,
			array_to_string(list_transform(list_sort(list(struct_pack(l := line, q := quote)) FILTER (WHERE quote IS NOT NULL)), x -> x.q), ' … ') AS quote,
			array_to_string(list_sort(list(line) FILTER (WHERE line IS NOT NULL)), ', ') AS lines
		FROM m WHERE measure IS NOT NULL
		GROUP BY kommun, report_id, period_start, period_end, period_kind, period_label, area_std, measure),
	pick AS (
		SELECT s.*, row_number() OVER (PARTITION BY kommun, period_start, period_end, area_std, measure ORDER BY r.report_figures DESC, s.report_id) AS nth
		FROM s JOIN r USING (report_id))
	SELECT 'budget' AS extract, p.kommun, p.period_start, p.period_end, p.period_kind, p.period_label, p.measure, 'actual' AS value_kind, 'T' AS sex,
		NULL::VARCHAR AS age_band, CASE WHEN p.area_std = 'total' THEN NULL ELSE coalesce(ar.label_sv, p.area_std) END AS unit_area,
		NULL::VARCHAR AS item, NULL::VARCHAR AS detail, p.value, 'tkr' AS unit, NULL::INTEGER AS n, true AS canonical,
		p.report_label || ': ' || p.area_labels || CASE WHEN p.areas > 1 THEN ' (summa av ' || p.areas || ' rader: rad ' || p.lines || ')' ELSE '' END AS note,
		-- Swedish and meant for the user, so it is the user's note as well.
		p.report_label || ': ' || p.area_labels || CASE WHEN p.areas > 1 THEN ' (summa av ' || p.areas || ' rader: rad ' || p.lines || ')' ELSE '' END AS note_sv,
		p.source, p.line, p.quote,
		p.base AS budget_base
	FROM pick p LEFT JOIN areas ar USING (area_std)
	WHERE p.nth = 1`);
