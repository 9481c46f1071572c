// Dev aid: every statement of the load's rebuild (setupViews: the small-group rule, kpi_safe, Jämför's
// tables) on native DuckDB over a synthetic scale (10 kommuner, as the bench), one thread by default
// as in the browser: its time, DuckDB's own latency, and its three costliest operators (rows).
// npx tsx scripts/dev/setup-views-native.mts [scale=1000000] [threads=1]
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { NodeRunner } from '../lib/node-runner';
import { setupViews } from '../../src/lib/db/setup-views';
import { sickLeaveKommuner } from '../lib/bench/synthetic-jamfor';
import { sql, type Sql } from '../../src/lib/queries/sql';

const scale = Number(process.argv[2] ?? 1_000_000);
const dir = join(import.meta.dirname, '..', '..', '.synthetic', `rows-${scale}`);
// RAW=1: from the raw extracts (the rule run as the data build runs it), else as the browser is served.
const r = await NodeRunner.openPartitioned(
	dir,
	{ kommuner: sickLeaveKommuner(dir).slice(0, 10) },
	true,
	!!process.env.RAW
);
// A setting takes no parameter; the count is a number.
await r.all({ text: `SET threads = ${Number(process.argv[3] ?? 1)}`, params: [] });
type Node = { operator_name?: string; operator_timing?: number; operator_cardinality?: number; children?: Node[] };
const operators = (n: Node, out: Node[] = []): Node[] => {
	if (n.operator_name) out.push(n);
	for (const c of n.children ?? []) operators(c, out);
	return out;
};
const OUT = '/tmp/setup-views-stmt.json';
let total = 0;
const profiled = {
	all: async (q: Sql) => {
		rmSync(OUT, { force: true });
		await r.all(sql`PRAGMA enable_profiling = 'json'`);
		await r.all(sql`PRAGMA profiling_output = ${OUT}`);
		const t0 = performance.now();
		const rows = await r.all(q);
		const ms = performance.now() - t0;
		total += ms;
		await r.all(sql`PRAGMA disable_profiling`);
		// DDL writes no profile.
		const p = (existsSync(OUT) ? JSON.parse(readFileSync(OUT, 'utf8')) : {}) as Node & { latency?: number };
		const top = operators(p)
			.sort((a, b) => (b.operator_timing ?? 0) - (a.operator_timing ?? 0))
			.slice(0, 3)
			.map(
				(o) => `${o.operator_name?.trim()} ${((o.operator_timing ?? 0) * 1000).toFixed(1)} (${o.operator_cardinality})`
			);
		if (ms >= 5)
			console.log(
				`${ms.toFixed(1).padStart(6)} ms (latency ${((p.latency ?? 0) * 1000).toFixed(1)})  ${top.join(' · ')}  | ${q.text.replace(/\s+/g, ' ').slice(0, 60)}`
			);
		return rows;
	}
};
await setupViews(profiled);
console.log(`total ${total.toFixed(0)} ms`);
r.close();
