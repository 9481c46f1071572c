import { VIEWS } from '../queries/views';
import { KOLADA_TABLES } from '../schema/kolada-tables';
import { KPI_TABLES, TABLE_NAMES } from '../schema/table-names';
import { TableDeps } from './table-deps';

/**
 * What the protected facts (protect.ts) are built from: all four raw KPI extracts and `measures`
 * (whose domain marks sensitive rows). A query on any of them waits for ALL of these, so the
 * small-group rule is always applied over the complete set, never a part of it.
 */
export const PROTECTED_INPUTS: readonly string[] = [...KPI_TABLES, 'measures'];

const PROTECTED_OBJECTS = ['kpi_safe', 'facts', ...KPI_TABLES.map((t) => `${t}_safe`)];

/** The tables each query reads, through the views and the protected facts. */
export function appTableDeps(): TableDeps {
	return new TableDeps(
		[...TABLE_NAMES, ...KOLADA_TABLES],
		VIEWS.map((v) => v.text),
		Object.fromEntries(PROTECTED_OBJECTS.map((o) => [o, PROTECTED_INPUTS]))
	);
}
