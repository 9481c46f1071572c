// Dev aid: Jämför's comparison at a synthetic scale on native DuckDB (10 kommuner, as the bench),
// timed, and with EXPLAIN=1 profiled into /tmp/prof.json (operators, planner and optimizers).
// npx tsx scripts/dev/native-compare.mts [scale=1000000]  (NORM=index|…, MEASURE=<id>,
// SORT="<columns>" to store jamfor_facts in that order first)
import { join } from 'node:path';
import { NodeRunner } from '../lib/node-runner';
import { median } from '../lib/bench/measure';
import { sickLeaveKommuner } from '../lib/bench/synthetic-jamfor';
import { comparison, type Normalisation } from '../../src/lib/queries/compare';
import { compareFilters } from '../../tests/helpers/compare-filters';
import { fragment, sql } from '../../src/lib/queries/sql';

const scale = Number(process.argv[2] ?? 1_000_000);
const dir = join(import.meta.dirname, '..', '..', '.synthetic', `rows-${scale}`);
const kommuner = sickLeaveKommuner(dir).slice(0, 10);
const r = await NodeRunner.openPartitioned(dir, { kommuner });
// A developer's own column list (DDL takes no parameters).
if (process.env.SORT)
	await r.all(
		sql`CREATE OR REPLACE TABLE jamfor_facts AS SELECT * FROM jamfor_facts ORDER BY ${fragment(process.env.SORT)}`
	);
const norm = (process.env.NORM ?? 'none') as Normalisation;
const q = comparison(compareFilters(process.env.MEASURE ?? 'sick_leave_total_pct', { kommuner, norm }));
for (let i = 0; i < 3; i++) await r.run(q);
const times: number[] = [];
for (let i = 0; i < 15; i++) {
	const t0 = performance.now();
	await r.run(q);
	times.push(performance.now() - t0);
}
console.log(`rows ${(await r.run(q)).length}, native median ${median(times).toFixed(2)} ms`);
if (process.env.EXPLAIN) {
	await r.all(sql`PRAGMA enable_profiling = 'json'`);
	await r.all(sql`PRAGMA profiling_output = '/tmp/prof.json'`);
	await r.all(
		sql`PRAGMA custom_profiling_settings='{"PLANNER": "true", "PLANNER_BINDING": "true", "PHYSICAL_PLANNER": "true", "ALL_OPTIMIZERS": "true", "CPU_TIME": "true", "LATENCY": "true", "OPERATOR_TIMING": "true"}'`
	);
	await r.all(q.sql);
	await r.all(sql`PRAGMA disable_profiling`);
}
r.close();
