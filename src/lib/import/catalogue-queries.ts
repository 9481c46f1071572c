import { fragment, sql, toRows, type Runner } from '$lib/queries/sql';
import type { Catalogue } from './catalogue';

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
