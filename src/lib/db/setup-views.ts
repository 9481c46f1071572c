import { VIEWS } from '../queries/views';
import { buildProtectedFacts, type SqlExec } from './protect';

/**
 * Everything views read, rebuilt after any load: protected facts first, then the views on them.
 * `kommuner`: whose protected rows changed (null = all, [] = none; see buildProtectedFacts).
 * `reads`, when given, says which of the views read a changed table: only those are rebuilt.
 */
export async function setupViews(
	exec: SqlExec,
	kommuner: readonly string[] | null = null,
	reads?: (statement: string) => boolean
): Promise<void> {
	await buildProtectedFacts(exec, kommuner);
	for (const v of VIEWS) if (!reads || reads(v.text)) await exec.all(v);
}
