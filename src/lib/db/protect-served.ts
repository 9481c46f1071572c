import { fragment, sql, type Fragment, type Sql } from '../queries/sql';
import { SMALL_GROUP_MAX } from '../queries/suppression';
import { RAW_SCHEMA, SERVED_SAFE } from './raw-tables';

/**
 * The protected facts a data build served (served_safe, scripts/lib/served-safe.ts) inside the
 * small-group rule (protect.ts). They are the rule's finished answer for their kommun, so they are
 * read as they are (kpi_safe is a view over them and the rows protected here), and a kommun is
 * ruled again only when
 * - the tab holds raw rows for it (a user's extract beside the served figures): both are protected
 *   together, the served hidden cells hidden from the start;
 * - a served figure shows a small group (a file not protected by our build is protected here:
 *   fail-closed);
 * - one of its served rows quotes a document line that a row of such a kommun quotes (a figure
 *   hidden there takes the quote off the others).
 */
export const SERVED = fragment(`${RAW_SCHEMA}.${SERVED_SAFE}`);
/** The kommuner ruled again, as kpi_safe shows them (coalesce(kommun, '')). */
export const RULED = fragment(`${RAW_SCHEMA}.ruled`);
/** The kommuner this rebuild rules (work table; into RULED when published). */
export const RULING = fragment(`${RAW_SCHEMA}.ruling`);
/** The rows protected here: every raw row and the served rows of the kommuner ruled again. */
export const KPI_RULED = fragment(`${RAW_SCHEMA}.kpi_ruled`);

const MAX = fragment(String(SMALL_GROUP_MAX));

/** Served rows in the raw rows' shape: hidden already (`pre_hidden`), primary or not (`pre_small`). */
export const SERVED_ROWS = sql`SELECT * EXCLUDE (suppressed, suppression), coalesce(suppressed, false) AS pre_hidden,
	coalesce(suppression = 'primary', false) AS pre_small FROM ${SERVED}`;
/** The served rows of the kommuner this rebuild rules, as rows. */
export const RULING_SERVED_ROWS = sql`${SERVED_ROWS} WHERE coalesce(kommun, '') IN (SELECT kommun FROM ${RULING})`;

/**
 * The kommuner this rebuild rules (see above). `rawRows`: the raw extracts' rows; `scope`: the
 * condition of an incremental rebuild, or `true`; `sensitive`: the sensitive extracts and domains.
 */
export function ruledKommuner(rawRows: Sql, scope: Sql, sensitive: Fragment): Sql {
	return sql`CREATE OR REPLACE TABLE ${RULING} AS
		WITH first AS (SELECT DISTINCT coalesce(kommun, '') AS kommun FROM (${rawRows}) WHERE ${scope}
			UNION SELECT DISTINCT coalesce(s.kommun, '') FROM ${SERVED} s
				LEFT JOIN (SELECT measure, any_value(domain) AS domain FROM measures GROUP BY measure) d ON d.measure = s.measure
			WHERE ${scope} AND NOT coalesce(s.suppressed, false) AND (s.extract IN (${sensitive}) OR d.domain IN (${sensitive}))
				AND coalesce(s.n, CASE WHEN s.measure = 'staff_headcount' THEN s.value END) <= ${MAX}),
		lines AS (SELECT DISTINCT source, line FROM (${rawRows}) WHERE ${scope} AND line IS NOT NULL
			UNION SELECT DISTINCT source, line FROM ${SERVED} WHERE ${scope} AND line IS NOT NULL
				AND coalesce(kommun, '') IN (SELECT kommun FROM first))
		SELECT kommun FROM first
		UNION SELECT DISTINCT coalesce(s.kommun, '') FROM (SELECT * FROM ${SERVED} WHERE ${scope} AND line IS NOT NULL) s
			SEMI JOIN lines l ON l.source IS NOT DISTINCT FROM s.source AND l.line = s.line`;
}

/**
 * kpi_safe: the rows protected here and the served rows of every kommun not ruled again, as served
 * (a hidden figure's value, n, note and quote empty even if a file not made by our build held
 * them). With no kommun ruled again (served data alone), no query pays for telling them apart.
 */
export const kpiSafeView = (anyRuled: boolean): Sql => sql`CREATE OR REPLACE VIEW kpi_safe AS
	SELECT * FROM ${KPI_RULED}
	UNION ALL BY NAME SELECT * REPLACE (
		CASE WHEN suppressed THEN NULL ELSE value END AS value, CASE WHEN suppressed THEN NULL ELSE n END AS n,
		CASE WHEN suppressed THEN NULL ELSE note END AS note, CASE WHEN suppressed THEN NULL ELSE quote END AS quote)
	FROM ${SERVED}
	${anyRuled ? sql`WHERE coalesce(kommun, '') NOT IN (SELECT kommun FROM ${RULED})` : sql``}`;
