import { fragment, sql, type Sql } from '../queries/sql';
import { COLUMNS } from '../schema/columns';
import type { TableName } from '../schema/extracts';
import { RAW_SCHEMA, tableRef } from './raw-tables';

/** Where an upload is staged as text: the restricted schema, a constant name. */
export const STAGE = { schema: RAW_SCHEMA, name: 'upload__stage' } as const;
const STAGE_REF = fragment(`${STAGE.schema}."${STAGE.name}"`);

/**
 * The statements of an append, from the schema's own column names and types (never a file's):
 * one INSERT, so it lands whole or not at all.
 */
export function appendStatements(table: TableName): { drop: Sql; insert: Sql } {
	const casts = Object.entries(COLUMNS[table])
		.map(([c, t]) => `CAST("${c}" AS ${t}) AS "${c}"`)
		.join(', ');
	return {
		drop: sql`DROP TABLE IF EXISTS ${STAGE_REF}`,
		insert: sql`INSERT INTO ${tableRef(table)} BY NAME SELECT ${fragment(casts)} FROM ${STAGE_REF}`
	};
}
