import { columnDefinitions, fragment, sql, type Fragment, type Sql } from '../queries/sql';
import { SMALL_GROUP_MAX } from '../queries/suppression';
import { COLUMNS, SERVED_SAFE_COLUMNS } from '../schema/columns';
import { KPI_TABLES } from '../schema/table-names';
import { CELLS, KEY_COLS, SET_IDS, hideToFixpoint, same } from './protect-rounds';
import {
	KPI_RULED,
	RULED,
	RULING,
	RULING_SERVED_ROWS,
	SERVED,
	SERVED_ROWS,
	kpiSafeView,
	ruledKommuner
} from './protect-served';
import { RAW_SCHEMA } from './raw-tables';

/** Runs one statement (bound parameters, never more than one) and returns its rows. */
export interface SqlExec {
	all(q: Sql): Promise<Record<string, unknown>[]>;
}

/**
 * Small-group protection, applied ONCE, where the raw rows are read. Every view reads `kpi_safe`
 * (through `facts` and the `*_safe` views), which holds each suppressed figure as NULL — the hidden
 * value, its n, note and quote never reach the schema the queries see.
 *
 * Sensitive rows: every row of the sick_leave and staffing extracts, and every row whose measure
 * belongs to those domains whatever extract it was loaded as.
 *
 * Cells are keyed by kommun, measure, value kind, item, detail, sex, age band, unit and period
 * (copies of one figure share their cell). Rule, repeated until nothing changes:
 * 1. Primary: group size n ≤ 10 (for headcount, the count itself when n is missing). A member
 *    with unknown n under a primary-hidden total (a subgroup of a small group) is primary too.
 * 2. Sex (K, M under T), age bands (under all ages) and units (under the whole committee) each
 *    relate a total and its members: when such a set holds exactly one hidden cell (a member, or
 *    the total itself), the smallest shown member is hidden beside it. (A lone hidden member with
 *    no other member listed cannot be recomputed: the total is more than that one member.)
 * 3. Time: a period containing a hidden period (jan–apr around a hidden March, the year around
 *    a hidden tertial) is hidden; a hidden period whose contained periods are all shown gets its
 *    smallest contained period hidden too. So no shown figure over time differences out a hidden one.
 * The rule's statements and its rounds (each revisiting only what the last round changed): protect-rounds.ts.
 * Protected facts a data build served go in as they are, unless ruled again beside raw rows: protect-served.ts.
 */
const RAW = (t: string) => `${RAW_SCHEMA}.${t}`;
/** A statement of ours with nothing bound, spliced into another (throws if it binds a value). */
function asFragment(q: Sql): Fragment {
	if (q.params.length > 0) throw new Error('protect: a fragment cannot bind values');
	return fragment(q.text);
}
const SCOPE = fragment(RAW('scope'));
const SENSITIVE = ['sick_leave', 'staffing'] as const;
const SENSITIVE_LIST = fragment(SENSITIVE.map((s) => `'${s}'`).join(', '));

const KEY = fragment(KEY_COLS.join(', '));
const SAME_CELL = fragment(same('c', 'r', KEY_COLS));

/** Raw tables exist (empty) until loaded, so protection can always be built. */
function placeholders(): Sql[] {
	const cols = columnDefinitions(COLUMNS.staffing);
	return [
		sql`CREATE SCHEMA IF NOT EXISTS ${fragment(RAW_SCHEMA)}`,
		...KPI_TABLES.map((t) => sql`CREATE TABLE IF NOT EXISTS ${fragment(RAW(t))} (${cols})`),
		sql`CREATE TABLE IF NOT EXISTS ${SERVED} (${columnDefinitions(SERVED_SAFE_COLUMNS)})`,
		sql`CREATE TABLE IF NOT EXISTS ${RULED} (kommun VARCHAR)`
	];
}

/** The union of the raw extracts, each row tagged with its extract. */
const RAW_ONLY = fragment(
	KPI_TABLES.map((t) => `SELECT '${t}' AS extract, * FROM ${RAW(t)}`).join(' UNION ALL BY NAME ')
);
/** The rows the rule reads: the raw extracts and the served rows of the kommuner ruled again (protect-served.ts). */
const RAW_UNION = asFragment(sql`${RAW_ONLY} UNION ALL BY NAME ${RULING_SERVED_ROWS}`);
/** Every row, raw or served (which kommuner quote a document line). */
const ALL_ROWS = asFragment(sql`${RAW_ONLY} UNION ALL BY NAME ${SERVED_ROWS}`);
/** The kommuner an incremental rebuild recomputes (restricted, so no query module reads it). */
const IN_SCOPE = asFragment(sql`kommun IN (SELECT kommun FROM ${SCOPE})`);
const scopeWhere = (scoped: boolean) => (scoped ? asFragment(sql`WHERE ${IN_SCOPE}`) : fragment(''));
const scopeCondition = (scoped: boolean): Sql => (scoped ? sql`${IN_SCOPE}` : sql`true`);

/** The rows to protect (all, or the scope's kommuner), each marked sensitive or not; read, never copied. */
function rowsOf(scoped: boolean): Fragment {
	return asFragment(sql`WITH u AS (SELECT * FROM (${RAW_UNION}) ${scopeWhere(scoped)}),
			d AS (SELECT measure, any_value(domain) AS domain FROM measures GROUP BY measure)
		SELECT u.*, coalesce(u.extract IN (${SENSITIVE_LIST}) OR d.domain IN (${SENSITIVE_LIST}), false) AS sensitive
		FROM u LEFT JOIN d ON d.measure = u.measure`);
}

/** The kommuner to rule, then one cell per key of their sensitive rows, hidden when its group is small. */
const SMALL = asFragment(sql`size <= ${fragment(String(SMALL_GROUP_MAX))}`);
const collect = (scoped: boolean): Sql[] => [
	ruledKommuner(sql`${RAW_ONLY}`, scopeCondition(scoped), SENSITIVE_LIST),
	sql`CREATE OR REPLACE TABLE ${CELLS} AS
		WITH s AS (SELECT *, coalesce(n, CASE WHEN measure = 'staff_headcount' THEN value END) AS size FROM (${rowsOf(scoped)}) WHERE sensitive)
		SELECT row_number() OVER () AS id, ${KEY}, min(size) AS n, min(value) AS value,
			coalesce(bool_or(${SMALL}) OR bool_or(pre_small), false) AS small, coalesce(bool_or(${SMALL}) OR bool_or(pre_hidden), false) AS hidden,
			CASE WHEN bool_or(${SMALL}) OR bool_or(pre_hidden) THEN 0 END AS step, CASE WHEN bool_or(${SMALL}) OR bool_or(pre_small) THEN 0 END AS small_step,
			${SET_IDS}
		FROM s GROUP BY ${KEY}`
];

/**
 * The protected rows of the collected ones. A document line often states several figures
 * ("totalt 6,3 %, män 7,4 %"): a shown figure quoting the same line as a hidden one loses its quote
 * and note too. `alsoHidden` adds the hidden lines of kommuner not recomputed (incremental rebuild).
 */
function protectedRows(scoped: boolean, alsoHidden: Fragment | null): Fragment {
	const more = alsoHidden ? asFragment(sql` UNION SELECT source, line FROM (${alsoHidden})`) : fragment('');
	// The hidden lines are found from the hidden cells alone (few), so the rows joined with every
	// cell are read once where they are used, never held as a second copy of every row.
	return asFragment(sql`WITH j AS NOT MATERIALIZED (SELECT r.*, coalesce(c.hidden, false) AS c_hidden, coalesce(c.small, false) AS c_small
			FROM (${rowsOf(scoped)}) r LEFT JOIN ${CELLS} c ON ${SAME_CELL}),
		hidden_lines AS (SELECT DISTINCT r.source, r.line FROM (${rowsOf(scoped)}) r
			SEMI JOIN (SELECT * FROM ${CELLS} WHERE hidden) c ON ${SAME_CELL} WHERE r.line IS NOT NULL${more})
		SELECT j.* EXCLUDE (value, n, note, quote, sensitive, c_hidden, c_small, pre_hidden, pre_small),
			CASE WHEN c_hidden THEN NULL ELSE j.value END AS value,
			CASE WHEN c_hidden THEN NULL ELSE j.n END AS n,
			CASE WHEN c_hidden OR h.line IS NOT NULL THEN NULL ELSE j.note END AS note,
			CASE WHEN c_hidden OR h.line IS NOT NULL THEN NULL ELSE j.quote END AS quote,
			c_hidden AS suppressed,
			CASE WHEN c_small THEN 'primary' WHEN c_hidden THEN 'complementary' END AS suppression
		FROM j LEFT JOIN hidden_lines h ON h.source IS NOT DISTINCT FROM j.source AND h.line = j.line`);
}

const DROP_WORK = [sql`DROP TABLE ${CELLS}`, sql`DROP TABLE ${RULING}`];

/** kpi_safe over the rows protected here and the served ones (protect-served.ts), for the kommuner ruled now. */
async function publishKpiSafe(exec: SqlExec): Promise<void> {
	const [r] = await exec.all(sql`SELECT count(*)::INTEGER AS n FROM ${RULED}`);
	await exec.all(kpiSafeView(Number(r?.n) > 0));
}

const PUBLISH: readonly Sql[] = [
	sql`CREATE OR REPLACE TABLE ${KPI_RULED} AS ${protectedRows(false, null)}`,
	sql`CREATE OR REPLACE TABLE ${RULED} AS SELECT kommun FROM ${RULING}`
];
const VIEWS_ON_KPI_SAFE: readonly Sql[] = [
	...KPI_TABLES.map(
		(t) =>
			sql`CREATE OR REPLACE VIEW ${fragment(`${t}_safe`)} AS SELECT * FROM kpi_safe WHERE extract = ${fragment(`'${t}'`)}`
	),
	// One scan of kpi_safe, not one per extract: a union of the four views read every row four times
	// (the catalogue's queries took twice as long at 1M rows per extract; scripts/dev/facts-scan.mts).
	sql`CREATE OR REPLACE VIEW facts AS SELECT * FROM kpi_safe WHERE extract IN (${fragment(KPI_TABLES.map((t) => `'${t}'`).join(', '))})`,
	...DROP_WORK
];

const PART = fragment(RAW('safe_part'));
/** The document lines the scope's rows quote, in the raw extracts and as last protected. */
const SCOPE_LINES = asFragment(sql`SELECT source, line FROM (${ALL_ROWS}) WHERE ${IN_SCOPE} AND line IS NOT NULL
	UNION SELECT source, line FROM kpi_safe WHERE ${IN_SCOPE} AND line IS NOT NULL`);

/**
 * Scope = the kommuner whose raw rows changed, plus any kommun with a row on the same document
 * line as theirs (a hidden figure there takes the quote off the others). Cells never span two
 * kommuner, so recomputing only these gives the same rows as a full rebuild.
 */
const SCOPE_STEPS = (kommuner: readonly string[]): Sql[] => [
	sql`CREATE OR REPLACE TABLE ${SCOPE} AS SELECT DISTINCT unnest(string_split(${kommuner.join(',')}, ',')) AS kommun`,
	sql`INSERT INTO ${SCOPE} SELECT DISTINCT r.kommun FROM (${ALL_ROWS}) r
		JOIN (${SCOPE_LINES}) l ON l.source IS NOT DISTINCT FROM r.source AND l.line = r.line
		WHERE r.kommun IS NOT NULL AND r.kommun NOT IN (SELECT kommun FROM ${SCOPE})`
];

/** Replace the scope's protected rows with fresh ones (same columns, else false). */
async function replaceScope(exec: SqlExec): Promise<boolean> {
	await exec.all(
		sql`CREATE OR REPLACE TABLE ${PART} AS ${protectedRows(
			true,
			asFragment(
				sql`SELECT source, line FROM kpi_safe WHERE suppressed AND line IS NOT NULL AND NOT coalesce(${IN_SCOPE}, false)`
			)
		)}`
	);
	const [same] =
		await exec.all(sql`SELECT count(*) FILTER (WHERE a.column_name IS NULL OR b.column_name IS NULL)::INTEGER AS differ
		FROM (SELECT column_name, data_type FROM duckdb_columns() WHERE schema_name = ${RAW_SCHEMA} AND table_name = 'kpi_ruled') a
		FULL JOIN (SELECT column_name, data_type FROM duckdb_columns() WHERE schema_name = ${RAW_SCHEMA} AND table_name = 'safe_part') b
		ON a.column_name = b.column_name AND a.data_type = b.data_type`);
	const fits = Number(same?.differ) === 0;
	if (fits) {
		await exec.all(sql`DELETE FROM ${KPI_RULED} WHERE ${IN_SCOPE}`);
		await exec.all(sql`INSERT INTO ${KPI_RULED} BY NAME SELECT * FROM ${PART}`);
		await exec.all(sql`DELETE FROM ${RULED} WHERE kommun IN (SELECT kommun FROM ${SCOPE})`);
		await exec.all(sql`INSERT INTO ${RULED} SELECT kommun FROM ${RULING}`);
		await publishKpiSafe(exec);
	}
	for (const s of [...DROP_WORK, sql`DROP TABLE ${PART}`, sql`DROP TABLE ${SCOPE}`]) await exec.all(s);
	return fits;
}

async function hasProtectedFacts(exec: SqlExec): Promise<boolean> {
	const [r] = await exec.all(
		sql`SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE schema_name = ${RAW_SCHEMA} AND table_name = 'kpi_ruled'`
	);
	return Number(r?.n) > 0;
}

/**
 * Builds kpi_safe and its views from the raw tables and the served protected facts; called after every change to them.
 * `kommuner`: the only kommuner whose raw rows changed (an incremental rebuild: just their rows of
 * kpi_safe are recomputed and replaced; [] = nothing to do); null = every kommun (a full rebuild).
 */
export async function buildProtectedFacts(
	exec: SqlExec,
	kommuner: readonly string[] | null = null,
	/** The rounds over the collected cells (a test passes a plain reference to compare with). */
	rounds: (exec: SqlExec) => Promise<void> = hideToFixpoint
): Promise<void> {
	for (const s of placeholders()) await exec.all(s);
	// The scope travels as one comma-separated parameter: a code that could not, means all.
	if (kommuner?.some((k) => k.includes(','))) kommuner = null;
	if (kommuner && (await hasProtectedFacts(exec))) {
		if (kommuner.length === 0) return;
		for (const s of [...SCOPE_STEPS(kommuner), ...collect(true)]) await exec.all(s);
		await rounds(exec);
		// A raw table with other columns than before (a new file shape) needs kpi_safe built anew.
		if (await replaceScope(exec)) return;
	}
	for (const s of collect(false)) await exec.all(s);
	await rounds(exec);
	for (const s of PUBLISH) await exec.all(s);
	await publishKpiSafe(exec);
	for (const s of VIEWS_ON_KPI_SAFE) await exec.all(s);
}
