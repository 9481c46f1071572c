// Native timing of the small-group protection over a synthetic data set (scripts/generate-synthetic.ts):
//   npx tsx scripts/dev/time-protection.ts [.synthetic/rows-1000000] [kommuner: 10 | all]
// Loads the first N kommuner's rows as the browser does (tables), then times a full rebuild and an
// incremental one for one kommun. Run under `flock /work/notes/heavy.lock` on a shared machine.
import { join } from 'node:path';
import { sickLeaveKommuner } from '../lib/bench/synthetic-jamfor';
import { NodeRunner } from '../lib/node-runner';
import { buildProtectedFacts } from '../../src/lib/db/protect';
import { sql } from '../../src/lib/queries/sql';

const root = join(import.meta.dirname, '..', '..');
const dir = process.argv[2] ?? join(root, '.synthetic', 'rows-1000000');
const count = process.argv[3] ?? '10';
const all = sickLeaveKommuner(dir);
const kommuner = count === 'all' ? all : all.slice(0, Number(count));

let t = performance.now();
const runner = await NodeRunner.openPartitioned(dir, { kommuner: count === 'all' ? undefined : kommuner }, true, true);
const rows = (await runner.all(sql`SELECT count(*)::INTEGER AS n FROM kpi_safe`))[0]?.n;
console.log(
	`${kommuner.length} kommuner, ${rows} KPI rows: loaded and protected in ${Math.round(performance.now() - t)} ms`
);
t = performance.now();
await buildProtectedFacts(runner);
console.log(`full protection: ${Math.round(performance.now() - t)} ms`);
t = performance.now();
await buildProtectedFacts(runner, [kommuner[0]!]);
console.log(`incremental protection, one kommun: ${Math.round(performance.now() - t)} ms`);
runner.close();
