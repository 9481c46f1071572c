import { z } from 'zod/mini';
import { sql, type Query } from './sql';

export const EngineVersionRow = z.object({ version: z.string() });
export type EngineVersionRow = z.infer<typeof EngineVersionRow>;

/** The engine's own version string, shown on the Data page and compared with the build's engine in tests. */
export function engineVersion(): Query<EngineVersionRow> {
	return { purpose: 'databasmotorns version', sql: sql`SELECT version() AS version`, columns: ['version'] };
}
