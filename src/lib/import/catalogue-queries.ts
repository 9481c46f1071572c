import { fragment, sql, toRows, type Query, type Runner } from '$lib/queries/sql';
import { loadedKeysSql } from '$lib/db/own-rows';
import type { TableName } from '$lib/schema/extracts';
import { keyColumns, type Catalogue } from './catalogue';

export type KommunRow = { kommun: string; name: string; lan_code: string; lan_name: string; ours: boolean };

/** Every kommun the site knows: ours, and Kolada's list of all 290 (and Riket) once it is loaded. */
export async function knownKommuner(runner: Runner): Promise<KommunRow[]> {
	const has = await runner.run<{ n: number }>({
		purpose: 'om Koladas kommunlista är inläst',
		sql: sql`SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name = 'kolada_municipalities'`,
		columns: ['n']
	});
	const kolada = has.n[0]
		? fragment(`UNION ALL SELECT kommun, name, county_code, county, false FROM kolada_municipalities
			WHERE (type = 'K' OR kommun = '0000') AND kommun NOT IN (SELECT kommun FROM municipalities)`)
		: fragment('');
	return toRows(
		await runner.run<KommunRow>({
			purpose: 'kända kommuner',
			sql: sql`SELECT kommun, name, lan_code, lan_name, true AS ours FROM municipalities ${kolada}`,
			columns: ['kommun', 'name', 'lan_code', 'lan_name', 'ours']
		})
	);
}

/** Measures, kommuner and standard areas that own rows are checked against. */
export async function loadCatalogue(runner: Runner): Promise<Catalogue & { kommunRows: KommunRow[] }> {
	const measures = toRows(
		await runner.run<{ measure: string; domain: string; unit: string; label_sv: string }>({
			purpose: 'måttkatalogen',
			sql: sql`SELECT measure, domain, unit, label_sv FROM measures`,
			columns: ['measure', 'domain', 'unit', 'label_sv']
		})
	);
	const areas = await runner.run<{ area_std: string }>({
		purpose: 'standardområdena',
		sql: sql`SELECT area_std FROM areas ORDER BY sort`,
		columns: ['area_std']
	});
	const kommunRows = await knownKommuner(runner);
	return {
		measures: Object.fromEntries(
			measures.map((m) => [m.measure, { domain: m.domain, unit: m.unit, label: m.label_sv }])
		),
		kommuner: Object.fromEntries(kommunRows.map((k) => [k.kommun, k.name])),
		areas: areas.area_std,
		kommunRows
	};
}

const TABLE_SQL: Record<string, string> = {
	budget: 'budget',
	staffing: 'staffing',
	sick_leave: 'sick_leave',
	senior_alert: 'senior_alert',
	caseload: 'caseload'
};

/**
 * Keys already loaded for one kommun, with where they came from: a file's rows that repeat them
 * are duplicates. Table and column names are our constants; the kommun is bound.
 */
export function loadedKeys(
	table: TableName,
	kommun: string
): Query<{ k: string; source: string; file: string | null }> {
	const cols = keyColumns(table)
		.map((c) =>
			c === 'period_start' || c === 'period_end'
				? `strftime(t.${c}, '%Y-%m-%d')`
				: `coalesce(CAST(t.${c} AS VARCHAR), '')`
		)
		.join(`, chr(31), `);
	return {
		purpose: 'redan inlästa siffror',
		sql:
			loadedKeysSql(table, fragment(cols), kommun) ??
			sql`SELECT NULL::VARCHAR AS k, NULL::VARCHAR AS source, NULL::VARCHAR AS file WHERE false`,
		columns: ['k', 'source', 'file']
	};
}

export async function existingKeys(runner: Runner, table: TableName, kommuner: string[]): Promise<Map<string, string>> {
	const out = new Map<string, string>();
	if (!(table in TABLE_SQL)) return out;
	for (const kommun of kommuner) {
		const r = await runner.run(loadedKeys(table, kommun));
		for (let i = 0; i < r.length; i++) out.set(table + '\u001e' + r.k[i]!, r.file[i] ?? r.source[i]!);
	}
	return out;
}
