// Dev aid: small-group protection of main (another worktree) against this one, natively, on a synthetic
// data set: time of each full rebuild, a hash of kpi_safe (every column, ordered) from each, equal or not.
//   npx tsx scripts/dev/protect-ab.ts [.synthetic/rows-1000000] [kommuner: 10 | all] [other protect.ts] [runs=1]
// TRACE=1 prints every statement (time, rows returned). Run under `flock /work/notes/heavy.lock`.
import { join, resolve } from 'node:path';
import { sickLeaveKommuner } from '../lib/bench/synthetic-jamfor';
import { NodeRunner } from '../lib/node-runner';
import { buildProtectedFacts, type SqlExec } from '../../src/lib/db/protect';
import { sql, type Sql } from '../../src/lib/queries/sql';

const root = join(import.meta.dirname, '..', '..');
const dir = process.argv[2] ?? join(root, '.synthetic', 'rows-1000000');
const count = process.argv[3] ?? '10';
const otherPath = resolve(process.argv[4] ?? '/work/main/src/lib/db/protect.ts');
const runs = Number(process.argv[5] ?? 1);
const all = sickLeaveKommuner(dir);
const kommuner = count === 'all' ? all : all.slice(0, Number(count));
const other = (await import(otherPath)) as { buildProtectedFacts: typeof buildProtectedFacts };

const runner = await NodeRunner.openPartitioned(dir, { kommuner: count === 'all' ? undefined : kommuner }, true, true);
if (process.env.THREADS) await runner.all(sql`SET threads = ${Number(process.env.THREADS)}`);
/** Time per phase: collecting the cells, the rounds (statements on the cells), the rest (publishing). */
const phases = { collect: 0, rounds: 0, rest: 0 };
const phaseOf = (text: string) =>
	/^CREATE OR REPLACE TABLE restricted\.cells/.test(text)
		? 'collect'
		: /^(UPDATE|SELECT)\b.*restricted\.cells/s.test(text)
			? 'rounds'
			: 'rest';
const traced: SqlExec = {
	async all(q: Sql) {
		const t = performance.now();
		const rows = await runner.all(q);
		phases[phaseOf(q.text)] += performance.now() - t;
		if (process.env.TRACE)
			console.log(
				`${String(Math.round(performance.now() - t)).padStart(6)} ms  ${JSON.stringify(rows.slice(0, 1), (_, v: unknown) => (typeof v === 'bigint' ? Number(v) : v))}  ${q.text.replace(/\s+/g, ' ').slice(0, 90)}`
			);
		return rows;
	}
};
const hash = async () =>
	(
		await runner.all(sql`SELECT count(*)::INTEGER AS n, count(*) FILTER (WHERE suppressed)::INTEGER AS hidden,
		count(*) FILTER (WHERE suppression = 'primary')::INTEGER AS "primary",
		md5(string_agg(x::VARCHAR, '|' ORDER BY x::VARCHAR)) AS hash FROM kpi_safe x`)
	)[0];
const builds = [
	['other', other.buildProtectedFacts],
	['this', buildProtectedFacts]
] as const;
// Alternate which goes first, so neither always runs on a warmer engine.
for (let i = 0; i < runs; i++)
	for (const [name, build] of i % 2 ? [...builds].reverse() : builds) {
		for (const k of Object.keys(phases) as (keyof typeof phases)[]) phases[k] = 0;
		const t = performance.now();
		await build(traced);
		const ms = Math.round(performance.now() - t);
		const ph = Object.entries(phases).map(([k, v]) => `${k} ${Math.round(v)}`);
		console.log(`${name}: full protection ${ms} ms (${ph.join(', ')})`, JSON.stringify(await hash()));
	}
runner.close();
