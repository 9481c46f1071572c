import { z } from 'zod/mini';
import { periodMonthsSql } from '$lib/domain/period';
import { MIN_BUDGET_FOR_SHARE_TKR } from './budget-pivot';
import { BUDGET_DEVIATION_MEASURES } from './budget-facts';
import { fragment, sql, type Fragment, type Query, type Sql } from './sql';
import { Suppression } from './suppression';

export const NORMALISATIONS = ['none', 'index', 'per_fte', 'per_1000_inv', 'per_1000_inv65', 'pct_budget'] as const;
export type Normalisation = (typeof NORMALISATIONS)[number];

export type CompareFilters = {
	measure: string;
	/** Empty = every municipality with figures for the measure. */
	kommuner: string[];
	fromYear: number | null;
	toYear: number | null;
	sex: 'T' | 'K' | 'M';
	ageBand: string | null;
	unitArea: string | null;
	norm: Normalisation;
	/** Index base (= 100); null = each municipality's first period in range. */
	baseYear: number | null;
};

export const CompareRow = z.object({
	kommun: z.string(),
	name: z.string(),
	period_start: z.string(),
	period_end: z.string(),
	period_kind: z.string(),
	period_label: z.string(),
	period_months: z.number(),
	/** NULL when the figure is suppressed (a small group): shown as "skyddad", never left out. */
	value: z.nullable(z.number()),
	unit: z.string(),
	denominator: z.nullable(z.number()),
	shown: z.nullable(z.number()),
	rank: z.nullable(z.number()),
	ranked: z.number(),
	note: z.nullable(z.string()),
	source: z.string(),
	file: z.nullable(z.string()),
	line: z.nullable(z.number()),
	quote: z.nullable(z.string()),
	suppressed: z.boolean(),
	suppression: Suppression
});
export type CompareRow = z.infer<typeof CompareRow>;

/**
 * The denominator each normalisation joins, as trusted fragments chosen from a union — never
 * user text. Staff are matched on the same period; population on the calendar year (Kolada, 31/12);
 * the budget on the same report and area (budget_facts.budget_base).
 */
const DENOMINATOR: Record<Normalisation, Fragment> = {
	none: fragment('NULL::DOUBLE'),
	index: fragment('NULL::DOUBLE'),
	per_fte: fragment(
		'(SELECT c.fte FROM committee_fte c WHERE c.kommun = f.kommun AND c.period_start = f.period_start AND c.period_end = f.period_end)'
	),
	per_1000_inv: fragment(
		'(SELECT p.inhabitants / 1000 FROM population p WHERE p.kommun = f.kommun AND p.year = year(f.period_end))'
	),
	per_1000_inv65: fragment(
		'(SELECT p.inhabitants_65 / 1000 FROM population p WHERE p.kommun = f.kommun AND p.year = year(f.period_end))'
	),
	pct_budget: fragment('f.budget_base')
};

const SHOWN: Record<Normalisation, Fragment> = {
	none: fragment('value'),
	index: fragment(
		`100 * value / nullif(first_value(value IGNORE NULLS) OVER (PARTITION BY kommun ORDER BY (year(period_end) = coalesce(base_year, year(period_end))) DESC, period_end, period_start), 0)`
	),
	per_fte: fragment('value / nullif(denominator, 0)'),
	per_1000_inv: fragment('value / nullif(denominator, 0)'),
	per_1000_inv65: fragment('value / nullif(denominator, 0)'),
	// src/lib/domain/sign.ts: a deviation over |budget| keeps its sign; an amount over its budget (both costs) is positive.
	pct_budget: fragment(`CASE WHEN abs(denominator) >= ${MIN_BUDGET_FOR_SHARE_TKR} THEN 100 * value /
		CASE WHEN measure IN (${BUDGET_DEVIATION_MEASURES.map((m) => `'${m}'`).join(', ')}) THEN abs(denominator) ELSE denominator END END`)
};

/** The selection, on columns both sources have. */
function selected(f: CompareFilters): Sql {
	const kommuner = f.kommuner.join(',');
	return sql`(${kommuner} = '' OR list_contains(string_split(${kommuner}, ','), kommun))
		AND year BETWEEN coalesce(${f.fromYear}::INTEGER, 0) AND coalesce(${f.toYear}::INTEGER, 9999)`;
}

/** Our own figures, merged and with parts beside totals left out once per load (jamfor-facts.ts). */
function ownFigures(f: CompareFilters): Sql {
	return sql`SELECT * FROM jamfor_facts WHERE measure = ${f.measure} AND sex = ${f.sex}
		AND age_band IS NOT DISTINCT FROM ${f.ageBand} AND area_key IS NOT DISTINCT FROM ${f.unitArea} AND ${selected(f)}`;
}

/**
 * A Kolada KPI in the shape of jamfor_facts: one value per kommun, year and sex (calendar year,
 * no document provenance), found by KPI id. Kolada has no age bands or units.
 */
function koladaFigures(f: CompareFilters): Sql {
	return sql`SELECT * FROM (SELECT 'kolada' AS extract, cm.measure, v.kommun, make_date(v.year, 1, 1) AS period_start,
			make_date(v.year, 12, 31) AS period_end, 'year' AS period_kind, v.year::VARCHAR AS period_label, v.year, v.value, cm.unit,
			NULL::VARCHAR AS note, 'kolada' AS source, NULL::INTEGER AS line, NULL::VARCHAR AS quote,
			NULL::BOOLEAN AS suppressed, NULL::VARCHAR AS suppression, NULL::DOUBLE AS budget_base
		FROM kolada_values v JOIN compare_measures cm ON cm.measure = ${f.measure}
		WHERE v.kpi = substr(${f.measure}, 8) AND v.value IS NOT NULL AND v.sex = ${f.sex}
			AND ${f.ageBand}::VARCHAR IS NULL AND ${f.unitArea}::VARCHAR IS NULL)
		WHERE ${selected(f)}`;
}

/** One measure (ours or a Kolada KPI) across municipalities and periods, normalised and ranked per period, in SQL. */
export function comparison(f: CompareFilters): Query<CompareRow> {
	const kolada = f.measure.startsWith('kolada:');
	// Our own measures never wait for Kolada: their direction is in `measures`, and every kommun
	// and Riket is named in `municipalities` (compare_municipalities adds only Kolada's others).
	const measures = fragment(kolada ? 'compare_measures' : 'measures');
	const names = fragment(kolada ? 'compare_municipalities' : 'municipalities');
	return {
		purpose: 'jämförelsen mellan kommuner och år',
		// Asked at every click, filtered to one measure before any join: little held between clicks.
		keep: true,
		sql: sql`WITH f AS (${kolada ? koladaFigures(f) : ownFigures(f)}),
			d AS (SELECT f.*, ${DENOMINATOR[f.norm]} AS denominator, ${f.baseYear}::INTEGER AS base_year FROM f),
			s AS (SELECT *, ${SHOWN[f.norm]} AS shown FROM d),
			m AS (SELECT higher_is_better FROM ${measures} WHERE measure = ${f.measure}),
			-- Riket (0000) is shown beside the kommuner but is not one of them: never ranked.
			r AS (SELECT *, shown IS NULL OR kommun = '0000' AS unranked,
				CASE WHEN coalesce((SELECT higher_is_better FROM m), true) THEN -shown ELSE shown END AS rank_key FROM s)
			SELECT s.kommun, mu.name, strftime(s.period_start, '%Y-%m-%d') AS period_start, strftime(s.period_end, '%Y-%m-%d') AS period_end,
				s.period_kind, s.period_label, ${periodMonthsSql('source')} AS period_months,
				s.value, s.unit, s.denominator, s.shown,
				-- Ranked among the period's ranked rows: a key's first place in the period's sorted keys is its
				-- rank (ties share it), as rank() gives, without a window (several ms a click at scale).
				CASE WHEN NOT s.unranked THEN list_position(p.keys, s.rank_key) END::INTEGER AS rank,
				coalesce(p.ranked, 0)::INTEGER AS ranked,
				s.note, s.source, src.file, s.line, s.quote,
				coalesce(s.suppressed, false) AS suppressed, s.suppression
			FROM r s
			LEFT JOIN (SELECT period_start, period_end, list(rank_key ORDER BY rank_key) FILTER (WHERE NOT unranked) AS keys,
					count(shown) FILTER (WHERE kommun <> '0000') AS ranked
				FROM r GROUP BY period_start, period_end) p USING (period_start, period_end)
			LEFT JOIN ${names} mu USING (kommun) LEFT JOIN sources src ON src.source = s.source
			ORDER BY s.period_end, s.period_start, mu.name, s.kommun`,
		columns: [
			'kommun',
			'name',
			'period_start',
			'period_end',
			'period_kind',
			'period_label',
			'period_months',
			'value',
			'unit',
			'denominator',
			'shown',
			'rank',
			'ranked',
			'note',
			'source',
			'file',
			'line',
			'quote',
			'suppressed',
			'suppression'
		]
	};
}
