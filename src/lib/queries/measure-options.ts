import { z } from 'zod/mini';
import { fragment, sql, type Fragment, type Query, type Sql } from './sql';

export const MeasureOptionRow = z.object({
	measure: z.string(),
	domain: z.string(),
	label_sv: z.string(),
	label_en: z.string(),
	unit: z.string(),
	decimals: z.number(),
	higher_is_better: z.nullable(z.boolean()),
	kolada_kpi: z.nullable(z.string()),
	definition: z.string(),
	kommuner: z.string(),
	figures: z.number()
});
export type MeasureOptionRow = z.infer<typeof MeasureOptionRow>;

const OPTION_COLUMNS = fragment(
	'm.measure, m.domain, m.label_sv, m.label_en, m.unit, m.decimals, m.higher_is_better, m.kolada_kpi, m.definition'
);
/**
 * Our measures with figures (never suppressed ones), without waiting for Kolada. Counted per
 * measure and kommun first, then joined to the catalogue: grouping every figure by the measure's
 * long texts cost ~100 ms in the browser at a million rows per extract.
 */
const OWN_OPTIONS = sql`SELECT ${OPTION_COLUMNS}, k.kommuner, k.figures
	FROM measures m JOIN (SELECT measure, string_agg(kommun, ',' ORDER BY kommun) AS kommuner, sum(n)::INTEGER AS figures
		FROM (SELECT measure, kommun, count(*) AS n
			FROM (SELECT measure, kommun FROM facts WHERE NOT suppressed AND value_kind = 'actual' AND canonical
				UNION ALL SELECT measure, kommun FROM budget_facts WHERE value_kind = 'actual' AND canonical)
			GROUP BY measure, kommun)
		GROUP BY measure) k USING (measure)`;
/** Kolada's KPIs, counted per KPI before the id "kolada:…" is built (not once per value). */
const KOLADA_OPTIONS = sql`SELECT ${OPTION_COLUMNS}, k.kommuner, k.figures
	FROM compare_measures m JOIN (SELECT 'kolada:' || kpi AS measure, string_agg(DISTINCT kommun, ',' ORDER BY kommun) AS kommuner, count(*)::INTEGER AS figures
		FROM kolada_values WHERE value IS NOT NULL GROUP BY kpi) k USING (measure)
	WHERE m.domain = 'kolada'`;
const ORDER = fragment("ORDER BY domain = 'kolada', domain, label_sv");

/**
 * The catalogue for the measure picker: every measure with figures (Kolada's KPIs too, when
 * loaded), and which municipalities have them. In parts, so Jämför can offer our own measures
 * before Kolada has arrived; together (`all`) they are the same list in the same order.
 */
export function measureOptions(part: 'own' | 'kolada' | 'all' = 'all'): Query<MeasureOptionRow> {
	const body =
		part === 'own' ? OWN_OPTIONS : part === 'kolada' ? KOLADA_OPTIONS : sql`${OWN_OPTIONS} UNION ALL ${KOLADA_OPTIONS}`;
	return {
		purpose: 'måttkatalogen',
		sql: sql`SELECT * FROM (${body}) ${ORDER}`,
		columns: [
			'measure',
			'domain',
			'label_sv',
			'label_en',
			'unit',
			'decimals',
			'higher_is_better',
			'kolada_kpi',
			'definition',
			'kommuner',
			'figures'
		]
	};
}

/**
 * Every figure of one measure (suppressed ones included), with the columns the
 * catalogue queries need: our own never wait for Kolada, and a KPI is read by its id (calendar
 * year, no age bands or units) instead of through the stacked views.
 */
function figuresOf(measure: string): Sql {
	return measure.startsWith('kolada:')
		? sql`(SELECT cm.measure, v.kommun, v.sex, NULL::VARCHAR AS age_band, NULL::VARCHAR AS unit_area, NULL::VARCHAR AS unit_area_key,
				make_date(v.year, 1, 1) AS period_start, make_date(v.year, 12, 31) AS period_end, 'actual' AS value_kind, true AS canonical,
				NULL::DOUBLE AS budget_base
			FROM kolada_values v JOIN compare_measures cm ON cm.measure = ${measure} WHERE v.kpi = substr(${measure}, 8) AND v.value IS NOT NULL)`
		: sql`(SELECT measure, kommun, sex, age_band, unit_area, unit_area_key, period_start, period_end, value_kind, canonical, NULL::DOUBLE AS budget_base
				FROM facts WHERE measure = ${measure}
			UNION ALL BY NAME SELECT measure, kommun, sex, age_band, unit_area, period_start, period_end, value_kind, canonical, budget_base
				FROM budget_facts WHERE measure = ${measure})`;
}

export const BreakdownRow = z.object({
	measure: z.string(),
	sex: z.string(),
	age_band: z.nullable(z.string()),
	unit_area: z.nullable(z.string()),
	figures: z.number(),
	kommuner: z.number()
});
export type BreakdownRow = z.infer<typeof BreakdownRow>;

/** Counted per breakdown, in the order the UI offers them. */
const breakdownsSql = (figures: Sql, byMeasure: Fragment) =>
	// The normalised label: one series per unit/area however the document spelt it (data/labels.csv).
	sql`SELECT measure, sex, age_band, coalesce(unit_area_key, unit_area) AS unit_area, count(*)::INTEGER AS figures, count(DISTINCT kommun)::INTEGER AS kommuner
		FROM ${figures} WHERE value_kind = 'actual' AND canonical
		GROUP BY ALL ORDER BY ${byMeasure}unit_area NULLS FIRST, age_band NULLS FIRST, sex DESC`;
const BREAKDOWN_COLUMNS = ['measure', 'sex', 'age_band', 'unit_area', 'figures', 'kommuner'] as const;

/** Which breakdowns (sex, age band, unit/area) a measure has, so the UI offers only those. */
export function measureBreakdowns(measure: string): Query<BreakdownRow> {
	return {
		purpose: 'måttets uppdelningar',
		sql: breakdownsSql(figuresOf(measure), fragment('')),
		columns: [...BREAKDOWN_COLUMNS]
	};
}

/**
 * Every measure's breakdowns at once, the same rows as measureBreakdowns() gives each: asked once
 * the first chart is drawn, so choosing another measure asks only for its comparison. In parts,
 * as the catalogue: ours never wait for Kolada.
 */
export function everyBreakdown(part: 'own' | 'kolada'): Query<BreakdownRow> {
	const figures =
		part === 'own'
			? sql`(SELECT measure, kommun, sex, age_band, unit_area, unit_area_key, value_kind, canonical FROM facts
				UNION ALL BY NAME SELECT measure, kommun, sex, age_band, unit_area, value_kind, canonical FROM budget_facts)`
			: sql`(SELECT cm.measure, v.kommun, v.sex, NULL::VARCHAR AS age_band, NULL::VARCHAR AS unit_area, NULL::VARCHAR AS unit_area_key,
					'actual' AS value_kind, true AS canonical
				FROM kolada_values v JOIN compare_measures cm ON cm.measure = 'kolada:' || v.kpi WHERE v.value IS NOT NULL)`;
	return {
		purpose: 'måttens uppdelningar',
		sql: breakdownsSql(figures, fragment('measure, ')),
		columns: [...BREAKDOWN_COLUMNS]
	};
}

export const NormAvailabilityRow = z.object({
	measure: z.string(),
	per_fte: z.number(),
	per_1000_inv: z.number(),
	per_1000_inv65: z.number(),
	pct_budget: z.number(),
	periods: z.number(),
	first_year: z.nullable(z.number()),
	last_year: z.nullable(z.number())
});
export type NormAvailabilityRow = z.infer<typeof NormAvailabilityRow>;
const AVAILABILITY_COLUMNS = [
	'measure',
	'per_fte',
	'per_1000_inv',
	'per_1000_inv65',
	'pct_budget',
	'periods',
	'first_year',
	'last_year'
] as const;

/** Units that add up (counts, hours, money, staff): only such figures may be divided by population or staff. */
const VOLUME_UNITS = ['antal', 'timmar', 'tkr', 'kr', 'mnkr', 'årsarbetare'];
/** In those units but an average or a rate, so not divisible; and day counts that are volumes (bed days). */
const NOT_VOLUMES = [
	'home_care_continuity_count',
	'extra_staffing_hours_per_day_hours',
	'home_care_hours_over_budget_monthly_hours'
];
const DAY_VOLUMES = ['external_care_days', 'occupied_bed_days', 'purchased_bed_days'];
const IS_VOLUME =
	fragment(`((m.unit IN (${VOLUME_UNITS.map((u) => `'${u}'`).join(', ')}) AND m.measure NOT IN (${NOT_VOLUMES.map((u) => `'${u}'`).join(', ')}))
	OR m.measure IN (${DAY_VOLUMES.map((u) => `'${u}'`).join(', ')}))`);

/**
 * How many figures each normalisation could serve for this selection: the UI offers a
 * normalisation only when its denominator exists and it means something — a percentage or a
 * waiting time per inhabitant does not.
 */
export function normalisationAvailability(measure: string): Query<NormAvailabilityRow> {
	return {
		purpose: 'vilka normaliseringar som går',
		sql: sql`WITH m AS (SELECT coalesce(any_value(${IS_VOLUME}), false) AS volume FROM compare_measures m WHERE m.measure = ${measure}),
			f AS (SELECT * FROM ${figuresOf(measure)} WHERE value_kind = 'actual')
			-- The denominators (views.ts) joined once, not looked up per figure.
			SELECT CAST(${measure} AS VARCHAR) AS measure,
				(count(fte.kommun) * (SELECT volume FROM m)::INTEGER)::INTEGER AS per_fte,
				(count(pop.inhabitants) * (SELECT volume FROM m)::INTEGER)::INTEGER AS per_1000_inv,
				(count(pop.inhabitants_65) * (SELECT volume FROM m)::INTEGER)::INTEGER AS per_1000_inv65,
				count(f.budget_base)::INTEGER AS pct_budget,
				count(DISTINCT (f.period_start, f.period_end))::INTEGER AS periods,
				min(year(f.period_end))::INTEGER AS first_year, max(year(f.period_end))::INTEGER AS last_year
			FROM f LEFT JOIN committee_fte fte ON fte.kommun = f.kommun AND fte.period_start = f.period_start AND fte.period_end = f.period_end
				LEFT JOIN population pop ON pop.kommun = f.kommun AND pop.year = year(f.period_end)`,
		columns: [...AVAILABILITY_COLUMNS]
	};
}

/**
 * Every measure's normalisationAvailability() at once (the same row for each measure with figures;
 * one without has none, i.e. nothing to normalise): asked once the first chart is drawn, so a
 * new measure asks only for its comparison, not first for this and then for it. In parts, as the catalogue.
 */
export function everyAvailability(part: 'own' | 'kolada'): Query<NormAvailabilityRow> {
	const figures =
		part === 'own'
			? sql`(SELECT measure, kommun, period_start, period_end, value_kind, NULL::DOUBLE AS budget_base FROM facts
				UNION ALL BY NAME SELECT measure, kommun, period_start, period_end, value_kind, budget_base FROM budget_facts)`
			: sql`(SELECT cm.measure, v.kommun, make_date(v.year, 1, 1) AS period_start, make_date(v.year, 12, 31) AS period_end,
					'actual' AS value_kind, NULL::DOUBLE AS budget_base
				FROM kolada_values v JOIN compare_measures cm ON cm.measure = 'kolada:' || v.kpi WHERE v.value IS NOT NULL)`;
	return {
		purpose: 'vilka normaliseringar som går',
		sql: sql`WITH m AS (SELECT m.measure, coalesce(any_value(${IS_VOLUME}), false) AS volume FROM compare_measures m GROUP BY m.measure),
			f AS (SELECT * FROM ${figures} WHERE value_kind = 'actual'),
			c AS (SELECT f.measure, count(fte.kommun) AS fte, count(pop.inhabitants) AS inh, count(pop.inhabitants_65) AS inh65,
					count(f.budget_base)::INTEGER AS pct_budget, count(DISTINCT (f.period_start, f.period_end))::INTEGER AS periods,
					min(year(f.period_end))::INTEGER AS first_year, max(year(f.period_end))::INTEGER AS last_year
				FROM f LEFT JOIN committee_fte fte ON fte.kommun = f.kommun AND fte.period_start = f.period_start AND fte.period_end = f.period_end
					LEFT JOIN population pop ON pop.kommun = f.kommun AND pop.year = year(f.period_end)
				GROUP BY f.measure)
			SELECT CAST(c.measure AS VARCHAR) AS measure,
				(c.fte * coalesce(m.volume, false)::INTEGER)::INTEGER AS per_fte,
				(c.inh * coalesce(m.volume, false)::INTEGER)::INTEGER AS per_1000_inv,
				(c.inh65 * coalesce(m.volume, false)::INTEGER)::INTEGER AS per_1000_inv65,
				c.pct_budget, c.periods, c.first_year, c.last_year
			FROM c LEFT JOIN m ON m.measure = c.measure ORDER BY c.measure`,
		columns: [...AVAILABILITY_COLUMNS]
	};
}

/** normalisationAvailability()'s row for a measure without figures: nothing to normalise, no years. */
export const noAvailability = (measure: string): NormAvailabilityRow => ({
	measure,
	per_fte: 0,
	per_1000_inv: 0,
	per_1000_inv65: 0,
	pct_budget: 0,
	periods: 0,
	first_year: null,
	last_year: null
});

export const CompareMunicipalityRow = z.object({
	kommun: z.string(),
	name: z.string(),
	lan_name: z.nullable(z.string()),
	ours: z.boolean()
});
export type CompareMunicipalityRow = z.infer<typeof CompareMunicipalityRow>;

/** Every municipality Jämför can show: ours first, then all kommuner and Riket that Kolada lists (when loaded). */
export function compareMunicipalities(): Query<CompareMunicipalityRow> {
	return {
		purpose: 'kommunerna att jämföra',
		sql: sql`SELECT kommun, name, lan_name, ours FROM compare_municipalities ORDER BY ours DESC, kommun = '0000' DESC, name`,
		columns: ['kommun', 'name', 'lan_name', 'ours']
	};
}
