// Dev aid: the comparison at a synthetic scale on native DuckDB, timed and profiled (EXPLAIN ANALYZE).
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { NodeRunner } from '../lib/node-runner';
import { comparison } from '../../src/lib/queries/compare';
import { compareFilters } from '../../tests/helpers/compare-filters';
import { sql, fragment } from '../../src/lib/queries/sql';
const root = join(import.meta.dirname, '..', '..');
const scale = Number(process.argv[2] ?? 1_000_000);
const dir = join(root, '.synthetic', `rows-${scale}`);
const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const kommuner = [...new Set(m.tables.sick_leave.partitions.map((p: { kommun: string }) => p.kommun))]
	.sort()
	.slice(0, 10) as string[];
const r = await NodeRunner.openPartitioned(dir, { kommuner });
if (process.env.SORT)
	await r.all({
		text: `CREATE OR REPLACE TABLE jamfor_facts AS SELECT * FROM jamfor_facts ORDER BY ${process.env.SORT}`,
		params: []
	} as never);
const norm = (process.env.NORM ?? 'none') as 'none';
const q = comparison(compareFilters(process.env.MEASURE ?? 'sick_leave_total_pct', { kommuner, norm }));
for (let i = 0; i < 3; i++) await r.run(q);
const t: number[] = [];
for (let i = 0; i < 15; i++) {
	const s = performance.now();
	const res = await r.run(q);
	t.push(performance.now() - s);
	if (i === 0) console.log('rows', res.length);
}
t.sort((a, b) => a - b);
console.log('native median', t[7]!.toFixed(2), 'ms');
if (process.env.EXPLAIN) {
	await r.all(sql`PRAGMA enable_profiling = 'json'`);
	await r.all(sql`PRAGMA profiling_output = '/tmp/prof.json'`);
	await r.all(
		sql`PRAGMA custom_profiling_settings='{"PLANNER": "true", "PLANNER_BINDING": "true", "PHYSICAL_PLANNER": "true", "ALL_OPTIMIZERS": "true", "CPU_TIME": "true", "LATENCY": "true", "OPERATOR_TIMING": "true"}'`
	);
	await r.all({ text: q.sql.text, params: q.sql.params } as never);
	await r.all(sql`PRAGMA disable_profiling`);
}
console.log((await r.all(sql`SELECT count(*) n FROM jamfor_facts`))[0], fragment);
r.close();
