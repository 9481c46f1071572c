import { fragment } from './sql';

/**
 * Our own figures as Jämför shows them (the protected facts and the net budget figures), one row
 * per point, built once per load instead of on every click (the stacked views cost 40–60 ms per
 * query to bind and plan, even over a handful of rows). Kolada is read directly (compare.ts).
 *
 * Steps, each for a reason:
 * - actual figures only; suppressed figures stay (value NULL, shown as "skyddad");
 * - a "summa" row is the total (one fact however often the document repeats it);
 * - parts are never ranked beside their own total: within one selectable series (measure, sex,
 *   age band, unit/area) a part is dropped when its kommun, period and item have a total;
 * - a figure a document states twice (table and text, two tables) is one point: its canonical
 *   statement (set by the data build), and the note says where else it is, or that the statements
 *   disagree. A statement group never spans two series or periods (src/lib/schema/statements.ts),
 *   so counting copies here gives what counting them per selection gave;
 * - the curation notes (English, for reviewers) stay out: the note is the Swedish one the build writes.
 */
export const JAMFOR_FACTS_TABLE = fragment(`CREATE OR REPLACE TABLE jamfor_facts AS
	-- Read where it is used, not held: every row once more in memory cost more than scanning again
	-- (at 10M rows per extract 1,0–1,1 s → 0,86 s natively; scripts/dev/setup-views-native.mts).
	WITH own AS NOT MATERIALIZED (
		SELECT *, NULL::DOUBLE AS budget_base FROM kpi_safe WHERE value_kind = 'actual'
		UNION ALL BY NAME SELECT * FROM budget_facts WHERE value_kind = 'actual'),
	sel AS NOT MATERIALIZED (
		SELECT extract, measure, kommun, sex, age_band, coalesce(unit_area_key, unit_area) AS area_key, item,
			CASE WHEN detail ILIKE '%summa%' THEN NULL ELSE detail END AS detail,
			period_start, period_end, period_kind, period_label, year(period_end) AS year, value, unit, note_sv, source, line, quote,
			statement_group, canonical, suppressed, suppression, budget_base
		FROM own),
	-- A part is never ranked beside its own total: within one series, kommun, period and item it is
	-- dropped when a total is there. Only the few measures with parts need the window.
	detailed AS (SELECT DISTINCT measure FROM sel WHERE detail IS NOT NULL),
	-- Not materialised: read twice rather than held as a second copy of every row (a million-row append).
	raw AS NOT MATERIALIZED (SELECT * FROM sel WHERE measure NOT IN (SELECT measure FROM detailed)
		UNION ALL
		SELECT * FROM sel WHERE measure IN (SELECT measure FROM detailed) QUALIFY detail IS NULL
			OR count(*) FILTER (WHERE detail IS NULL) OVER (PARTITION BY measure, sex, age_band, area_key, kommun, period_start, period_end, item) = 0),
	-- Groups stated more than once, found by a bare count first: a user's file of a million rows
	-- (each row its own group) never builds a million text aggregates inside an append.
	repeated AS NOT MATERIALIZED (SELECT statement_group FROM raw WHERE line IS NOT NULL AND statement_group IS NOT NULL
		GROUP BY statement_group HAVING count(*) > 1),
	copies AS (SELECT statement_group, count(*) AS copies, count(DISTINCT value) AS distinct_values,
			string_agg(replace(regexp_replace(value::VARCHAR, '\\.0$', ''), '.', ',') || ' (rad ' || line || ')', ', ' ORDER BY line) AS stated
		FROM raw SEMI JOIN repeated USING (statement_group) WHERE line IS NOT NULL GROUP BY ALL)
	SELECT raw.extract, raw.measure, raw.kommun, raw.sex, raw.age_band, raw.area_key, raw.period_start, raw.period_end,
		raw.period_kind, raw.period_label, raw.year, raw.value, raw.unit,
		CASE WHEN c.copies IS NULL THEN raw.note_sv
			WHEN c.distinct_values = 1 THEN concat_ws('; ', rtrim(raw.note_sv, '.'), 'samma siffra står på ' || c.copies || ' ställen i handlingen')
			ELSE concat_ws('; ', rtrim(raw.note_sv, '.'), 'handlingen anger olika siffror: ' || c.stated || ' – här visas raden ' || raw.line) END AS note,
		raw.source, raw.line, raw.quote, raw.suppressed, raw.suppression, raw.budget_base
	FROM raw LEFT JOIN copies c USING (statement_group)
	WHERE raw.canonical`);
