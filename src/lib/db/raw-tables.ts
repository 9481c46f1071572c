import { fragment, type Fragment } from '../queries/sql';
import { KOLADA_COLUMNS, type KoladaTable } from '../schema/kolada-tables';
import { KPI_TABLES, TABLE_NAMES, type KpiTable, type TableName } from '../schema/table-names';

/**
 * Where the raw long-format extracts live. Sick leave and staffing may sit in any of them (a
 * sick-leave measure loaded as caseload), so all four are kept out of the query layer's reach:
 * a schema no query module names and that is not on the search path. Only src/lib/db names it;
 * views read the suppressed tables built in protect.ts.
 */
export const RAW_SCHEMA = 'restricted';

/** The synthetic table `npm run bench` loads to time the engine (scripts/bench.ts); never app data. */
const BENCH_TABLE = 'bench_sick_leave';

/**
 * Protected facts a data build served, already through the small-group rule (served-safe.ts).
 * Kept beside the raw extracts: only the protected facts read it, never a query module.
 */
export const SERVED_SAFE = 'served_safe';

/** Tables a load may replace: the extracts, the dimensions, Kolada's tables (and the bench's). */
export type LoadableTable = TableName | KoladaTable | typeof BENCH_TABLE | typeof SERVED_SAFE;
const LOADABLE = new Set<string>([...TABLE_NAMES, ...Object.keys(KOLADA_COLUMNS), BENCH_TABLE, SERVED_SAFE]);

export function isKpiTable(name: string): name is KpiTable {
	return (KPI_TABLES as readonly string[]).includes(name);
}

export function isLoadable(name: string): name is LoadableTable {
	return LOADABLE.has(name);
}

/** A name from a manifest is accepted only when it is one of ours; never pasted otherwise. */
export function loadableTable(name: string): LoadableTable {
	if (!isLoadable(name)) throw new Error(`okänd tabell i datat: ${JSON.stringify(name)}`);
	return name as LoadableTable;
}

/** Rows the protected facts are built from: the raw KPI extracts and the served protected facts. */
export function isProtectionRows(name: string): boolean {
	return isKpiTable(name) || name === SERVED_SAFE;
}

/** The schema a loadable table belongs in: the protection's input rows apart, everything else in main. */
export function schemaOf(name: LoadableTable): string {
	return isProtectionRows(name) ? RAW_SCHEMA : 'main';
}

/** Qualified identifier of a loadable table (or its staging copy), from our own constant names only. */
export function tableRef(name: LoadableTable, suffix: '' | '__loading' | '__stage' = ''): Fragment {
	return fragment(`${schemaOf(name)}."${name}${suffix}"`);
}
