import { z } from 'zod/mini';
import { sql, type Query } from './sql';

/** Kolada's "Liknande kommuner" areas (as written in the group titles). */
export const PEER_AREAS = ['äldreomsorg', 'IFO', 'LSS', 'ekonomiskt bistånd', 'socioekonomi', 'övergripande'] as const;
export type PeerArea = (typeof PEER_AREAS)[number];

export type BenchmarkFilters = { kpi: string; kommun: string; sex: 'T' | 'K' | 'M'; area: PeerArea };

export const BenchmarkRow = z.object({
	year: z.number(),
	/** Our kommun's value; null when Kolada has no figure for us that year. */
	value: z.nullable(z.number()),
	riket: z.nullable(z.number()),
	/** Our län's region (00LL), where Kolada publishes the KPI for regions. */
	region_kommun: z.nullable(z.string()),
	region: z.nullable(z.number()),
	peer_group: z.nullable(z.string()),
	peer_group_year: z.nullable(z.number()),
	/** Unweighted mean of the group members' values (the anchor is not a member), as Kolada shows it. */
	peer_mean: z.nullable(z.number()),
	/** Members with a figure that year, of `peer_size`. */
	peer_n: z.number(),
	peer_size: z.number(),
	/** Distribution over kommuner (type K) with a figure that year; p25/median/p75 interpolated. */
	n: z.number(),
	min: z.nullable(z.number()),
	p25: z.nullable(z.number()),
	median: z.nullable(z.number()),
	p75: z.nullable(z.number()),
	max: z.nullable(z.number()),
	/** 1 = highest value among the n kommuner (ties share the best rank); null when we have no figure. */
	rank: z.nullable(z.number()),
	/** 1 = lowest value: the rank to show where lower is better (sick leave, waiting time). */
	rank_low: z.nullable(z.number())
});
export type BenchmarkRow = z.infer<typeof BenchmarkRow>;

/**
 * One KPI for one kommun and sex, per year, against Riket, the län's region, Kolada's "Liknande
 * kommuner" group for `area` (its newest group year — Kolada applies today's group to every year)
 * and all kommuner. All aggregation in SQL; every value a bound parameter.
 */
export function koladaBenchmark(f: BenchmarkFilters): Query<BenchmarkRow> {
	return {
		purpose: 'jämförelsen med Kolada (riket, länet, liknande kommuner, alla kommuner)',
		sql: sql`WITH p AS (SELECT ${f.kpi}::VARCHAR AS kpi, ${f.kommun}::VARCHAR AS kommun, ${f.sex}::VARCHAR AS sex, ${f.area}::VARCHAR AS area),
			v AS (SELECT k.kommun, k.year, k.value FROM kolada_values k, p WHERE k.kpi = p.kpi AND k.sex = p.sex),
			kv AS (SELECT v.* FROM v JOIN kolada_municipalities m ON m.kommun = v.kommun AND m.type = 'K' WHERE v.value IS NOT NULL),
			me AS (SELECT '00' || m.county_code AS region_kommun FROM kolada_municipalities m, p WHERE m.kommun = p.kommun AND m.type = 'K'),
			chosen AS (SELECT g.group_id FROM kolada_peer_groups g, p WHERE g.anchor_kommun = p.kommun AND g.area = p.area
				ORDER BY g.group_year DESC, g.group_id DESC LIMIT 1),
			grp AS (SELECT g.group_id, g.group_year, g.member_kommun FROM kolada_peer_groups g JOIN chosen USING (group_id)),
			grp_info AS (SELECT any_value(group_id) AS peer_group, any_value(group_year)::INTEGER AS peer_group_year, count(*)::INTEGER AS peer_size FROM grp),
			peer AS (SELECT v.year, avg(v.value) AS peer_mean, count(*)::INTEGER AS peer_n
				FROM v JOIN grp ON grp.member_kommun = v.kommun WHERE v.value IS NOT NULL GROUP BY v.year),
			dist AS (SELECT year, count(*)::INTEGER AS n, min(value) AS min, quantile_cont(value, 0.25) AS p25, quantile_cont(value, 0.5) AS median,
				quantile_cont(value, 0.75) AS p75, max(value) AS max FROM kv GROUP BY year),
			ranked AS (SELECT kv.year, rank() OVER (PARTITION BY kv.year ORDER BY kv.value DESC)::INTEGER AS rank,
				rank() OVER (PARTITION BY kv.year ORDER BY kv.value ASC)::INTEGER AS rank_low, kv.kommun FROM kv),
			years AS (SELECT DISTINCT year FROM v WHERE value IS NOT NULL)
			SELECT y.year::INTEGER AS year, ours.value, riket.value AS riket, (SELECT region_kommun FROM me) AS region_kommun, reg.value AS region,
				gi.peer_group, gi.peer_group_year, peer.peer_mean, coalesce(peer.peer_n, 0)::INTEGER AS peer_n, gi.peer_size,
				coalesce(dist.n, 0)::INTEGER AS n, dist.min, dist.p25, dist.median, dist.p75, dist.max, r.rank, r.rank_low
			FROM years y CROSS JOIN p CROSS JOIN grp_info gi
				LEFT JOIN v ours ON ours.year = y.year AND ours.kommun = p.kommun
				LEFT JOIN v riket ON riket.year = y.year AND riket.kommun = '0000'
				LEFT JOIN v reg ON reg.year = y.year AND reg.kommun = (SELECT region_kommun FROM me)
				LEFT JOIN peer ON peer.year = y.year
				LEFT JOIN dist ON dist.year = y.year
				LEFT JOIN ranked r ON r.year = y.year AND r.kommun = p.kommun
			ORDER BY y.year`,
		columns: [
			'year',
			'value',
			'riket',
			'region_kommun',
			'region',
			'peer_group',
			'peer_group_year',
			'peer_mean',
			'peer_n',
			'peer_size',
			'n',
			'min',
			'p25',
			'median',
			'p75',
			'max',
			'rank',
			'rank_low'
		]
	};
}

export const PeerMemberRow = z.object({
	kommun: z.string(),
	name: z.string(),
	group_id: z.string(),
	group_year: z.number()
});
export type PeerMemberRow = z.infer<typeof PeerMemberRow>;

/** The members of our newest "Liknande kommuner" group for an area, by name: so a view can say who "liknande" are. */
export function koladaPeerMembers(kommun: string, area: PeerArea): Query<PeerMemberRow> {
	return {
		purpose: 'kommunerna i Koladas grupp "Liknande kommuner"',
		sql: sql`SELECT g.member_kommun AS kommun, coalesce(m.name, g.member_kommun) AS name, g.group_id, g.group_year::INTEGER AS group_year
			FROM kolada_peer_groups g LEFT JOIN kolada_municipalities m ON m.kommun = g.member_kommun
			WHERE g.group_id = (SELECT group_id FROM kolada_peer_groups WHERE anchor_kommun = ${kommun} AND area = ${area}
				ORDER BY group_year DESC, group_id DESC LIMIT 1)
			ORDER BY name`,
		columns: ['kommun', 'name', 'group_id', 'group_year']
	};
}

export const KoladaKpiInfoRow = z.object({
	kpi: z.string(),
	title: z.string(),
	unit: z.string(),
	description: z.string(),
	region_name: z.nullable(z.string())
});
export type KoladaKpiInfoRow = z.infer<typeof KoladaKpiInfoRow>;

/** A KPI's title and unit (from its title, as Kolada writes it) and our län's name, for labels. */
export function koladaKpiInfo(kpi: string, kommun: string): Query<KoladaKpiInfoRow> {
	return {
		purpose: 'Kolada-nyckeltalets namn och enhet',
		sql: sql`SELECT k.kpi, k.title, coalesce(cm.unit, '') AS unit, k.description,
				(SELECT r.name FROM kolada_municipalities m JOIN kolada_municipalities r ON r.kommun = '00' || m.county_code WHERE m.kommun = ${kommun}) AS region_name
			FROM kolada_kpis k LEFT JOIN compare_measures cm ON cm.measure = 'kolada:' || k.kpi
			WHERE k.kpi = ${kpi}`,
		columns: ['kpi', 'title', 'unit', 'description', 'region_name']
	};
}

export const KoladaMatchRow = z.object({
	measure: z.string(),
	label_sv: z.string(),
	kolada_kpi: z.string(),
	higher_is_better: z.nullable(z.boolean()),
	kolada_years: z.number()
});
export type KoladaMatchRow = z.infer<typeof KoladaMatchRow>;

/** Our measures for this kommun that name a Kolada KPI, and how many years Kolada has for it. */
export function koladaMatches(kommun: string): Query<KoladaMatchRow> {
	return {
		purpose: 'måtten som har en motsvarighet i Kolada',
		sql: sql`SELECT m.measure, m.label_sv, m.kolada_kpi, m.higher_is_better,
				(SELECT count(DISTINCT v.year) FROM kolada_values v WHERE v.kpi = m.kolada_kpi AND v.kommun = ${kommun} AND v.value IS NOT NULL)::INTEGER AS kolada_years
			FROM measures m
			WHERE m.kolada_kpi IS NOT NULL AND EXISTS (SELECT 1 FROM facts f WHERE f.measure = m.measure AND f.kommun = ${kommun})
			ORDER BY m.domain, m.label_sv`,
		columns: ['measure', 'label_sv', 'kolada_kpi', 'higher_is_better', 'kolada_years']
	};
}
