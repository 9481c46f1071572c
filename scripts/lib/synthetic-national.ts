import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLUMNS } from '../../src/lib/schema/columns';
import { KPI_TABLES, type TableName } from '../../src/lib/schema/extracts';
import { contentHash } from './content-hash';
import { listPartitions, writePartitions, type Partition } from './hive-partitions';
import { writeServedSafe } from './served-safe';
import { SERVED_SAFE } from '../../src/lib/db/raw-tables';

export { filesUnder } from './hive-partitions';

/**
 * SYNTHETIC national-scale extracts for benchmarks — never the default data set. Every file is
 * named synthetic-*, every row says SYNTETISK in `source` and `note`. The extracts are Parquet
 * partitioned by kommun and year (hive layout: synthetic-<table>/kommun=0114/year=2019/…),
 * the dimensions single files, and manifest.json lists every partition with its rows and bytes.
 * As a municipality would serve its own: budget and the dimensions as they are, the four KPI
 * extracts only as their protected facts (synthetic-served_safe); the raw KPI extracts are written
 * beside the served folder (`<out>-restricted`, with a manifest of their own), never into it.
 */
export type NationalOptions = {
	/** Rows per extract (budget and the four KPI extracts each). */
	rows: number;
	seed: number;
	out: string;
	/** Kolada's municipality list (code,name,type,county_code,county); a generated list if absent. */
	municipalitiesCsv?: string;
	/** The built catalogue (static/data): measures and areas are the real definitions. */
	catalogueDir: string;
	years?: number;
	firstYear?: number;
	threads?: number;
	/** Only the first N kommuner (small data sets for tests). */
	kommunCount?: number;
};

export type NationalManifest = {
	generated_from: string;
	version: string;
	synthetic: true;
	seed: number;
	rows_per_extract: number;
	tables: Record<string, { file: string; rows: number; sha256: string; bytes: number; partitions?: Partition[] }>;
};

const q = (s: string) => `'${s.replaceAll("'", "''")}'`;

/** A SELECT in the table's declared column order (src/lib/schema/columns.ts); absent columns NULL of their type. */
function shape(table: TableName, sql: string, extra: string[] = []): string {
	const cols = Object.entries(COLUMNS[table]).map(([c, t]) => `"${c}"::${t} AS "${c}"`);
	return `SELECT ${[...cols, ...extra].join(', ')} FROM (${sql})`;
}
/**
 * Each kommun's extract is a file of its own, as a system exports it: every row's source names it
 * (SYNTETISK-<extract>-<kommun>, listed in synthetic-sources), its line is the row in that file and
 * its quote the row's cells, so every figure cites where it came from as a user's own file does;
 * each row is one fact (its statement group), as a checked file's rows are.
 */
const source = (extract: string) => `'SYNTETISK-' || ${extract} || '-' || kommun`;
const LABEL = `'syntetiska data för prestandamätning (seed ' || getvariable('seed') || ')'`;

/** Deterministic 0..1 from the row and the seed, independent of thread count. */
const rnd = (salt: number) => `((hash(i, getvariable('seed'), ${salt}) % 1000000) / 1000000.0)`;

function kpiSelect(table: string, rows: number, years: number, firstYear: number): string {
	const months = years * 12;
	return `WITH m AS (SELECT row_number() OVER (ORDER BY measure) - 1 AS mi, measure, unit FROM catalogue WHERE domain = ${q(table)}),
	k AS (SELECT row_number() OVER (ORDER BY kommun) - 1 AS ki, kommun FROM kommuner),
	nk AS (SELECT count(*) AS n FROM k), nm AS (SELECT greatest(count(*), 1) AS n FROM m),
	g AS (SELECT i, i % nk.n AS ki, (i // nk.n) % ${months} AS mo, (i // (nk.n * ${months})) % nm.n AS mi,
			i // (nk.n * ${months} * nm.n) AS rest FROM range(${Math.floor(rows)}) t(i), nk, nm)
	SELECT k.kommun,
		(DATE '${firstYear}-01-01' + to_months(g.mo::INTEGER))::DATE AS period_start,
		(DATE '${firstYear}-01-01' + to_months(g.mo::INTEGER + 1) - INTERVAL 1 DAY)::DATE AS period_end,
		'month' AS period_kind, strftime(DATE '${firstYear}-01-01' + to_months(g.mo::INTEGER), '%Y-%m') AS period_label,
		coalesce(m.measure, ${q(table + '_synthetic')}) AS measure, 'actual' AS value_kind,
		['T', 'K', 'M'][1 + g.rest % 3] AS sex, NULL::VARCHAR AS age_band,
		CASE WHEN g.rest // 3 = 0 THEN NULL ELSE 'Enhet ' || (g.rest // 3) END AS unit_area,
		NULL::VARCHAR AS item, NULL::VARCHAR AS detail,
		round(CASE WHEN m.unit = '%' THEN 2 + 12 * ${rnd(1)} WHEN m.unit = 'index' THEN 50 + 40 * ${rnd(1)}
			ELSE floor(5 + 500 * ${rnd(1)}) END, 1)::DOUBLE AS value,
		coalesce(m.unit, 'antal') AS unit, (5 + floor(80 * ${rnd(2)}))::INTEGER AS n, ${LABEL} AS note,
		${source(q(table))} AS source, (1 + g.i // (SELECT n FROM nk))::INTEGER AS line,
		concat_ws('; ', 'period: ' || period_label, 'mått: ' || measure, 'kön: ' || sex, 'enhet: ' || unit_area,
			'värde: ' || value, 'antal: ' || n) AS quote,
		${LABEL} AS note_sv, lower(unit_area) AS unit_area_key,
		concat_ws('|', kommun, measure, 'actual', period_label, sex, coalesce(unit_area, '')) AS statement_group, true AS canonical,
		year(period_start) AS year
	FROM g JOIN k USING (ki) LEFT JOIN m USING (mi)`;
}

const REPORTS = `[('t1', 'Tertial 1', 4), ('delar', 'Delår jan–aug', 8), ('helar', 'Helår', 12)]`;
const KINDS = `['deviation_forecast', 'budget_year', 'forecast_year', 'outcome_period', 'budget_period', 'deviation_period']`;
const LINES = `['net', 'revenue', 'costs', 'personnel']`;

function budgetSelect(rows: number, years: number, firstYear: number): string {
	return `WITH k AS (SELECT row_number() OVER (ORDER BY kommun) - 1 AS ki, kommun FROM kommuner),
	a AS (SELECT row_number() OVER (ORDER BY sort) - 1 AS ai, area_std, label_sv FROM areas),
	nk AS (SELECT count(*) AS n FROM k), na AS (SELECT count(*) AS n FROM a),
	g AS (SELECT i, i % nk.n AS ki, (i // nk.n) % ${years} AS yi, (i // (nk.n * ${years})) % 3 AS ri,
			(i // (nk.n * ${years} * 3)) % 6 AS kind_i, (i // (nk.n * ${years} * 18)) % 4 AS line_i,
			(i // (nk.n * ${years} * 72)) % na.n AS ai, i // (nk.n * ${years} * 72 * na.n) AS rest
		FROM range(${Math.floor(rows)}) t(i), nk, na),
	r AS (SELECT g.*, ${REPORTS}[ri + 1] AS rep, ${firstYear} + yi AS yr FROM g)
	SELECT k.kommun, 'syn-' || k.kommun || '-' || r.yr || '-' || r.rep[1] AS report_id, r.rep[2] || ' ' || r.yr AS report_label,
		make_date(r.yr::INTEGER, 1, 1) AS period_start,
		(make_date(r.yr::INTEGER, 1, 1) + to_months(r.rep[3]::INTEGER) - INTERVAL 1 DAY)::DATE AS period_end,
		'ytd' AS period_kind, r.rep[2] || ' ' || r.yr AS period_label,
		a.label_sv || CASE WHEN r.rest = 0 THEN '' ELSE ' – verksamhet ' || r.rest END AS area_label, a.area_std,
		NULL::VARCHAR AS parent_area_label, ${LINES}[line_i + 1] AS budget_line, ${KINDS}[kind_i + 1] AS amount_kind,
		round(CASE WHEN kind_i IN (0, 5) THEN -20000 + 40000 * ${rnd(3)} ELSE -(20000 + 900000 * ${rnd(3)}) END, 0)::DOUBLE AS value,
		'tkr' AS unit, 1 AS sign, value AS amount_tkr, ${LABEL} AS note,
		-- Every budget figure has its line in the report, as a real one does (Jämför picks by it).
		${source("'budget'")} AS source, (1 + r.i // (${years} * (SELECT n FROM nk)))::INTEGER AS line,
		concat_ws('; ', 'område: ' || area_label, 'rad: ' || budget_line, 'belopp: ' || amount_kind, 'tkr: ' || value) AS quote, ${LABEL} AS note_sv,
		lower(a.area_std) AS area_key, concat_ws('|', report_id, area_label, budget_line, amount_kind) AS statement_group,
		true AS canonical, r.yr::BIGINT AS year
	FROM r JOIN k USING (ki) JOIN a USING (ai)`;
}

async function kommunList(conn: DuckDBConnection, csv: string | undefined): Promise<void> {
	if (csv && existsSync(csv)) {
		// Read in place (never copied into the repo): the 290 kommuner, type K.
		await conn.run(`CREATE TABLE kommuner AS SELECT code AS kommun, name, county_code AS lan_code, county AS lan_name
			FROM read_csv(${q(csv)}, header = true, all_varchar = true) WHERE type = 'K'`);
	} else {
		await conn.run(`CREATE TABLE kommuner AS SELECT lpad((100 + i)::VARCHAR, 4, '0') AS kommun, 'Syntetisk kommun ' || i AS name,
			lpad((1 + i % 21)::VARCHAR, 2, '0') AS lan_code, 'Syntetiskt län ' || (1 + i % 21) AS lan_name FROM range(290) t(i)`);
	}
}

/** Where the raw KPI extracts of a data set in `out` are written: beside it, never inside the served folder. */
export function restrictedDir(out: string): string {
	return `${out.replace(/\/+$/, '')}-restricted`;
}

/** Write the whole data set; returns its manifest (also written as manifest.json). */
export async function generateNational(o: NationalOptions): Promise<NationalManifest> {
	const years = o.years ?? 10;
	const firstYear = o.firstYear ?? 2015;
	const restricted = restrictedDir(o.out);
	for (const d of [o.out, restricted]) {
		rmSync(d, { recursive: true, force: true });
		mkdirSync(d, { recursive: true });
	}
	const raw: NationalManifest['tables'] = {};
	const instance = await DuckDBInstance.create(':memory:', { threads: String(o.threads ?? 2) });
	const conn = await instance.connect();
	const tables: NationalManifest['tables'] = {};
	try {
		await conn.run(`SET VARIABLE seed = ${Math.floor(o.seed)}`);
		await kommunList(conn, o.municipalitiesCsv);
		if (o.kommunCount)
			await conn.run(
				`DELETE FROM kommuner WHERE kommun NOT IN (SELECT kommun FROM kommuner ORDER BY kommun LIMIT ${Math.floor(o.kommunCount)})`
			);
		for (const f of ['measures', 'areas']) {
			const path = join(o.catalogueDir, `${f}.parquet`);
			if (!existsSync(path)) throw new Error(`${path} saknas — kör npm run data först`);
		}
		await conn.run(`CREATE TABLE catalogue AS SELECT * FROM ${q(join(o.catalogueDir, 'measures.parquet'))}`);
		await conn.run(`CREATE TABLE areas AS SELECT * FROM ${q(join(o.catalogueDir, 'areas.parquet'))}`);
		const single: Record<string, string> = {
			measures: 'SELECT * FROM catalogue',
			areas: 'SELECT * FROM areas',
			municipalities: 'SELECT kommun, name, lan_code, lan_name FROM kommuner',
			sources: `SELECT ${source('x')} AS source, lower(${source('x')}) || '.csv' AS file, kommun, 'Syntetisk nämnd' AS committee,
				DATE '${firstYear + years - 1}-12-31' AS meeting_date, 'Syntetiska data för prestandamätning' AS title
				FROM kommuner, (SELECT unnest(['budget', 'goals', ${KPI_TABLES.map(q).join(', ')}]) AS x)`
		};
		for (const [name, sql] of Object.entries(single)) {
			const file = `synthetic-${name}.parquet`;
			await conn.run(
				`COPY (${shape(name as TableName, sql)}) TO ${q(join(o.out, file))} (FORMAT parquet, COMPRESSION zstd)`
			);
			const n = Number((await conn.runAndReadAll(`SELECT count(*) FROM ${q(join(o.out, file))}`)).getRows()[0]![0]);
			tables[name] = {
				file,
				rows: n,
				sha256: contentHash(o.out, [join(o.out, file)]),
				bytes: statSync(join(o.out, file)).size
			};
		}
		// Goals and budget are served as they are, partitioned like every extract (a selection fetches
		// its kommuner's only); the four KPI extracts go to a folder never served, and what is
		// served of them is their protected facts (served-safe.ts).
		const goals = `SELECT kommun, 'syn-' || kommun || '-' || (${firstYear} + y) || '-helar' AS report_id, 'Helår ' || (${firstYear} + y) AS report_label,
				'Syntetiska mål' AS goal_group, 'Mål ' || g AS goal, ['uppnatt', 'delvis', 'ej_uppnatt'][1 + (hash(kommun, y, g) % 3)::INTEGER] AS status,
				${LABEL} AS note, ${LABEL} AS note_sv, report_id || '|' || goal AS statement_group, true AS canonical,
				${source("'goals'")} AS source, (1 + y * 4 + g)::INTEGER AS line, 'Mål ' || g || ': ' || status AS quote,
				(${firstYear} + y)::BIGINT AS year
				FROM kommuner, range(${years}) y(y), range(4) gg(g)`;
		await writePartitions(conn, shape('goals', goals, ['year']), o.out, 'synthetic-goals');
		tables.goals = await listPartitions(conn, o.out, 'synthetic-goals');
		await writePartitions(
			conn,
			shape('budget', budgetSelect(o.rows, years, firstYear), ['year']),
			o.out,
			'synthetic-budget'
		);
		tables.budget = await listPartitions(conn, o.out, 'synthetic-budget');
		for (const t of KPI_TABLES) {
			await writePartitions(
				conn,
				shape(t, kpiSelect(t, o.rows, years, firstYear), ['year']),
				restricted,
				`synthetic-${t}`
			);
			raw[t] = await listPartitions(conn, restricted, `synthetic-${t}`);
		}
	} finally {
		conn.closeSync();
		instance.closeSync();
	}
	tables[SERVED_SAFE] = await writeServedSafe({
		restricted,
		raw,
		measures: join(o.out, 'synthetic-measures.parquet'),
		out: o.out,
		name: `synthetic-${SERVED_SAFE}`,
		threads: o.threads ?? 2
	});
	const about = {
		generated_from: `SYNTETISK: scripts/generate-synthetic.ts --rows ${o.rows} --seed ${o.seed}`,
		version: `synthetic-${o.seed}-${o.rows}`,
		synthetic: true as const,
		seed: o.seed,
		rows_per_extract: o.rows
	};
	writeFileSync(join(restricted, 'manifest.json'), JSON.stringify({ ...about, tables: raw }) + '\n');
	const manifest: NationalManifest = { ...about, tables };
	writeFileSync(join(o.out, 'manifest.json'), JSON.stringify(manifest) + '\n');
	return manifest;
}
