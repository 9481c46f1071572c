import { z } from 'zod';
import { fragment, sql, type Query } from './sql';

export const MeasureOptionRow = z.object({
	measure: z.string(),
	domain: z.string(),
	label_sv: z.string(),
	label_en: z.string(),
	unit: z.string(),
	decimals: z.number(),
	higher_is_better: z.boolean().nullable(),
	kolada_kpi: z.string().nullable(),
	definition: z.string(),
	kommuner: z.string(),
	figures: z.number()
});
export type MeasureOptionRow = z.infer<typeof MeasureOptionRow>;

/** The catalogue for the measure picker: every measure with figures (Kolada's KPIs too, when loaded), and which municipalities have them. */
export function measureOptions(): Query<MeasureOptionRow> {
	return {
		purpose: 'måttkatalogen',
		sql: sql`SELECT m.measure, m.domain, m.label_sv, m.label_en, m.unit, m.decimals, m.higher_is_better, m.kolada_kpi, m.definition,
				string_agg(DISTINCT f.kommun, ',' ORDER BY f.kommun) AS kommuner, count(*)::INTEGER AS figures
			FROM compare_measures m JOIN compare_facts f USING (measure)
			WHERE f.value_kind = 'actual' AND f.canonical
			GROUP BY m.measure, m.domain, m.label_sv, m.label_en, m.unit, m.decimals, m.higher_is_better, m.kolada_kpi, m.definition
			ORDER BY m.domain = 'kolada', m.domain, m.label_sv`,
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

export const BreakdownRow = z.object({
	measure: z.string(),
	sex: z.string(),
	age_band: z.string().nullable(),
	unit_area: z.string().nullable(),
	figures: z.number(),
	kommuner: z.number()
});
export type BreakdownRow = z.infer<typeof BreakdownRow>;

/** Which breakdowns (sex, age band, unit/area) a measure has, so the UI offers only those. */
export function measureBreakdowns(measure: string): Query<BreakdownRow> {
	return {
		purpose: 'måttets uppdelningar',
		// The normalised label: one series per unit/area however the document spelt it (data/labels.csv).
		sql: sql`SELECT measure, sex, age_band, coalesce(unit_area_key, unit_area) AS unit_area, count(*)::INTEGER AS figures, count(DISTINCT kommun)::INTEGER AS kommuner
			FROM compare_facts_of(${measure}) WHERE value_kind = 'actual' AND canonical
			GROUP BY ALL ORDER BY unit_area NULLS FIRST, age_band NULLS FIRST, sex DESC`,
		columns: ['measure', 'sex', 'age_band', 'unit_area', 'figures', 'kommuner']
	};
}

export const NormAvailabilityRow = z.object({
	measure: z.string(),
	per_fte: z.number(),
	per_1000_inv: z.number(),
	per_1000_inv65: z.number(),
	pct_budget: z.number(),
	periods: z.number(),
	first_year: z.number().nullable(),
	last_year: z.number().nullable()
});
export type NormAvailabilityRow = z.infer<typeof NormAvailabilityRow>;

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
			f AS (SELECT * FROM compare_facts_of(${measure}) WHERE value_kind = 'actual')
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
		columns: [
			'measure',
			'per_fte',
			'per_1000_inv',
			'per_1000_inv65',
			'pct_budget',
			'periods',
			'first_year',
			'last_year'
		]
	};
}

export const CompareMunicipalityRow = z.object({
	kommun: z.string(),
	name: z.string(),
	lan_name: z.string().nullable(),
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
