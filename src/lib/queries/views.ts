import { KOLADA_COLUMNS } from '../schema/kolada-tables';
import { BUDGET_FACTS_TABLE } from './budget-facts';
import { JAMFOR_FACTS_TABLE } from './jamfor-facts';
import { columnDefinitions, fragment, sql, type Sql } from './sql';

/** Kolada's tables exist (empty) until Kolada is loaded, so every query can name them. */
const KOLADA_PLACEHOLDERS = Object.entries(KOLADA_COLUMNS).map(
	([table, cols]) => sql`CREATE TABLE IF NOT EXISTS ${fragment(table)} (${columnDefinitions(cols)})`
);

/** Kolada states the unit in the KPI title ("…, andel (%)", "…, kr/inv", "Väntetid i antal dagar …"). */
const KOLADA_UNIT = fragment(`CASE
	WHEN contains(k.title, '(%)') OR regexp_matches(lower(k.title), ',\\s*andel') THEN '%'
	WHEN contains(k.title, 'kr/') THEN regexp_extract(k.title, 'kr/[^ ,]+')
	WHEN regexp_matches(lower(k.title), 'miljoner kronor|mnkr') THEN 'mnkr'
	WHEN regexp_matches(lower(k.title), 'antal dagar|väntetid') THEN 'dagar'
	WHEN regexp_matches(lower(k.title), 'antal|invånare') THEN 'antal'
	WHEN regexp_matches(lower(k.title), 'index') THEN 'index'
	ELSE '' END`);

/** A Kolada value in the shape of the facts: id "kolada:N00090", calendar year, no document provenance. */
const KOLADA_FACTS =
	fragment(`SELECT 'kolada' AS extract, v.kommun, make_date(v.year, 1, 1) AS period_start, make_date(v.year, 12, 31) AS period_end,
		'year' AS period_kind, v.year::VARCHAR AS period_label, 'kolada:' || v.kpi AS measure, 'actual' AS value_kind, v.sex,
		NULL::VARCHAR AS age_band, NULL::VARCHAR AS unit_area, NULL::VARCHAR AS item, NULL::VARCHAR AS detail, v.value,
		cm.unit, NULL::INTEGER AS n, NULL::VARCHAR AS note, 'kolada' AS source, NULL::INTEGER AS line, NULL::VARCHAR AS quote,
		NULL::VARCHAR AS unit_area_key, true AS canonical
	FROM kolada_values v JOIN compare_measures cm ON cm.measure = 'kolada:' || v.kpi`);

/**
 * Views created after the extracts are loaded, in the browser and in the tests alike, on top of
 * the small-group-protected `facts` (src/lib/db/protect.ts: the four long-format extracts with
 * suppressed figures as NULL). Queries never read the raw extracts. The
 * `compare_*` views add the net budget figures (budget_facts) and Kolada's KPIs and kommuner
 * (when loaded) for Jämför, keeping the documents' own figures apart everywhere else.
 */
export const VIEWS: readonly Sql[] = [
	...KOLADA_PLACEHOLDERS,
	// A Kolada KPI as a measure: id "kolada:N00090", calendar year, no document provenance. A table
	// (rebuilt with every load), so the unit's regexes run once per load, not once per query.
	sql`CREATE OR REPLACE TABLE compare_measures AS
		SELECT measure, domain, label_sv, label_en, unit, decimals, higher_is_better, kolada_kpi, definition FROM measures
		UNION ALL
		SELECT 'kolada:' || k.kpi, 'kolada', k.title, k.title, ${KOLADA_UNIT}, 1,
			(SELECT any_value(m.higher_is_better) FROM measures m WHERE m.kolada_kpi = k.kpi), k.kpi, k.description
		FROM kolada_kpis k`,
	sql`${BUDGET_FACTS_TABLE}`,
	// The committee's own årsarbetare per period (whole committee, both sexes, as reported):
	// the denominator of "per årsarbetare", defined once for the comparison and its availability.
	sql`CREATE OR REPLACE TABLE committee_fte AS
		SELECT kommun, period_start, period_end, any_value(value) AS fte FROM staffing_safe
		WHERE NOT suppressed AND measure = 'staff_fte' AND value_kind = 'actual' AND sex = 'T' AND age_band IS NULL AND unit_area IS NULL AND canonical
		GROUP BY kommun, period_start, period_end`,
	// Population per kommun and year from Kolada (31/12), the denominators of "per 1 000 invånare":
	// a small table built once per load, so normalising never scans all of Kolada's values. 65+ is
	// 65–79 (N01956) + 80+ (N01957), only when both are there.
	sql`CREATE OR REPLACE TABLE population AS
		SELECT kommun, year, any_value(value) FILTER (WHERE kpi = 'N01951') AS inhabitants,
			CASE WHEN count(DISTINCT kpi) FILTER (WHERE kpi IN ('N01956', 'N01957')) = 2 THEN sum(value) FILTER (WHERE kpi IN ('N01956', 'N01957')) END AS inhabitants_65
		FROM kolada_values WHERE kpi IN ('N01951', 'N01956', 'N01957') AND sex = 'T' AND value IS NOT NULL
		GROUP BY kommun, year`,
	sql`CREATE OR REPLACE VIEW compare_facts AS
		SELECT * EXCLUDE (suppressed, suppression) FROM facts WHERE NOT suppressed
		UNION ALL BY NAME SELECT * FROM budget_facts
		UNION ALL BY NAME ${KOLADA_FACTS} WHERE v.value IS NOT NULL`,
	sql`${JAMFOR_FACTS_TABLE}`,
	// Every kommun and Riket (data/municipalities.csv), "ours" when we have figures for it; then any
	// other kommun (type K) that Kolada lists. Riket has no län. A table: every comparison joins it.
	sql`CREATE OR REPLACE TABLE compare_municipalities AS
		SELECT kommun, name, CASE WHEN kommun <> '0000' THEN lan_code END AS lan_code, CASE WHEN kommun <> '0000' THEN lan_name END AS lan_name,
			kommun IN (SELECT kommun FROM facts UNION SELECT kommun FROM budget) AS ours
		FROM municipalities
		UNION ALL
		SELECT k.kommun, k.name, k.county_code, k.county, false FROM kolada_municipalities k
		WHERE (k.type = 'K' OR k.kommun = '0000') AND k.kommun NOT IN (SELECT kommun FROM municipalities)`
];
