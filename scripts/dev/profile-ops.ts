// Dev tool: the slowest operators of one shipped Jämför query (native DuckDB, bundled data).
// npx tsx scripts/dev/profile-ops.ts <bench-query-name>
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NodeRunner } from '../lib/node-runner';
import { benchQueries } from '../lib/bench/queries';

const root = join(import.meta.dirname, '..', '..');
const r = await NodeRunner.open(join(root, 'static', 'data'), [join(root, 'static', 'data', 'kolada')]);
const q = benchQueries(true)[process.argv[2] ?? 'jamfor_sick_leave_all_kommuner']!;
for (let i = 0; i < 3; i++) await r.run(q);
await r.all({ text: `PRAGMA enable_profiling='json'`, params: [] } as never);
await r.all({ text: `SET profiling_mode='detailed'`, params: [] } as never);
await r.all({ text: `PRAGMA profiling_output='/tmp/jamfor16-prof.json'`, params: [] } as never);
await r.run(q);
await r.all({ text: `PRAGMA disable_profiling`, params: [] } as never);
type Node = {
	operator_name?: string;
	operator_timing?: number;
	operator_cardinality?: number;
	extra_info?: Record<string, unknown>;
	children: Node[];
};
const root0 = JSON.parse(readFileSync('/tmp/jamfor16-prof.json', 'utf8')) as Node & { latency?: number };
const P = root0 as unknown as Record<string, number>;
console.log(
	'latency',
	P.latency,
	'cpu',
	P.cpu_time,
	'binding',
	P.planner_binding,
	'optim',
	P.all_optimizers,
	'phys',
	P.physical_planner
);
const ops: { name: string; t: number; rows: number; info: string }[] = [];
const walk = (n: Node) => {
	if (n.operator_name)
		ops.push({
			name: n.operator_name,
			t: n.operator_timing ?? 0,
			rows: n.operator_cardinality ?? 0,
			info: JSON.stringify(n.extra_info ?? {}).slice(0, 160)
		});
	n.children.forEach(walk);
};
walk(root0);
ops.sort((a, b) => b.t - a.t);
for (const o of ops.slice(0, 20))
	console.log(`${(o.t * 1000).toFixed(2).padStart(8)} ms ${String(o.rows).padStart(8)} ${o.name} ${o.info}`);
r.close();
