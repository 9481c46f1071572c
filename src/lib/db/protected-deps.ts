import { VIEWS } from '../queries/views';
import { KOLADA_TABLES } from '../schema/kolada-tables';
import { KPI_TABLES, TABLE_NAMES } from '../schema/table-names';
import { SERVED_SAFE } from './raw-tables';
import { TableDeps } from './table-deps';

/**
 * What the protected facts (protect.ts) are built from: all four raw KPI extracts, the protected
 * facts a data build served, and `measures` (whose domain marks sensitive rows). A query on any of
 * them waits for ALL of these, so the small-group rule is always applied over the complete set,
 * never a part of it.
 */
export const PROTECTED_INPUTS: readonly string[] = [...KPI_TABLES, SERVED_SAFE, 'measures'];

/**
 * The lookup tables (hundreds of rows) that the tables built over the facts read beside them
 * (jamfor_facts, compare_municipalities): loaded in the same batch as the protected inputs, so
 * those are built once over complete inputs, not built again over every row when a later question
 * reads a kommun's name (at 1M rows per extract a second rebuild was 0,5 s before Jämför's first chart).
 */
export const WITH_PROTECTED_INPUTS: readonly string[] = ['measures', 'areas', 'municipalities', 'sources'];

const PROTECTED_OBJECTS = ['kpi_safe', 'facts', ...KPI_TABLES.map((t) => `${t}_safe`)];

/** The tables each query reads, through the views and the protected facts. */
export function appTableDeps(): TableDeps {
	return new TableDeps(
		[...TABLE_NAMES, SERVED_SAFE, ...KOLADA_TABLES],
		VIEWS.map((v) => v.text),
		Object.fromEntries(PROTECTED_OBJECTS.map((o) => [o, PROTECTED_INPUTS]))
	);
}
