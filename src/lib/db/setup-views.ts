import { VIEWS } from '../queries/views';
import { buildProtectedFacts, type SqlExec } from './protect';

/**
 * Everything views read, rebuilt after any load: protected facts first, then the views on them.
 * `kommuner`: whose protected rows changed (null = all, [] = none; see buildProtectedFacts).
 */
export async function setupViews(exec: SqlExec, kommuner: readonly string[] | null = null): Promise<void> {
	await buildProtectedFacts(exec, kommuner);
	for (const v of VIEWS) await exec.all(v);
}
