import { VIEWS } from '../queries/views';
import { buildProtectedFacts, type SqlExec } from './protect';

/** Everything views read, rebuilt after any load: protected facts first, then the views on them. */
export async function setupViews(exec: SqlExec): Promise<void> {
	await buildProtectedFacts(exec);
	for (const v of VIEWS) await exec.all(v);
}
