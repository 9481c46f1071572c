import { sql } from '../queries/sql';

/**
 * Applied once when the engine starts, in this order (the lock last): no extension downloads, no
 * file or URL reachable from SQL (read_csv('http://…'), COPY, ATTACH), and no later SET can undo it.
 */
export const ENGINE_SETTINGS = [
	sql`SET autoinstall_known_extensions = false`,
	sql`SET autoload_known_extensions = false`,
	sql`SET enable_external_access = false`,
	sql`SET lock_configuration = true`
] as const;
