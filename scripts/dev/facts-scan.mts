// Dev aid: Jämför's catalogue queries (measure-options.ts) over `facts` as the app defines it, and
// over the union of the four *_safe views it once was (every row read four times): time and same answer.
// npx tsx scripts/dev/facts-scan.mts [scale=1000000]
import { join } from 'node:path';
import { NodeRunner } from '../lib/node-runner';
import { sickLeaveKommuner } from '../lib/bench/synthetic-jamfor';
import { median } from '../lib/bench/measure';
import { fragment as fr, sql, type Sql } from '../../src/lib/queries/sql';
import * as mo from '../../src/lib/queries/measure-options';
import { KPI_TABLES } from '../../src/lib/schema/table-names';
const scale = Number(process.argv[2] ?? 1_000_000);
const dir = join(import.meta.dirname, '..', '..', '.synthetic', `rows-${scale}`);
const r = await NodeRunner.openPartitioned(dir, { kommuner: sickLeaveKommuner(dir).slice(0, 10) });
// One thread, as in the browser.
await r.all(sql`${fr('SET threads = 1')}`);
const tq = async (label: string, q: Sql) => {
	for (let i = 0; i < 2; i++) await r.all(q);
	const xs: number[] = [];
	for (let i = 0; i < 7; i++) {
		const t0 = performance.now();
		await r.all(q);
		xs.push(performance.now() - t0);
	}
	console.log(median(xs).toFixed(2).padStart(8), label);
};
const qs = () =>
	[
		['options', mo.measureOptions('own').sql],
		['breakdowns', mo.measureBreakdowns('sick_leave_total_pct').sql],
		['availability', mo.normalisationAvailability('sick_leave_total_pct').sql],
		['every breakdown', mo.everyBreakdown('own').sql],
		['every availability', mo.everyAvailability('own').sql]
	] as const;
const json = (rows: unknown) => JSON.stringify(rows, (_, v) => (typeof v === 'bigint' ? Number(v) : v));
const now: string[] = [];
for (const [l, q] of qs()) {
	await tq(l, q);
	now.push(json(await r.all(q)));
}
// A developer's fixed view text (DDL takes no parameters).
const union = KPI_TABLES.map((t) => `SELECT * FROM ${t}_safe`).join(' UNION ALL ');
await r.all(sql`${fr(`CREATE OR REPLACE VIEW facts AS ${union}`)}`);
let i = 0;
for (const [l, q] of qs()) {
	await tq(`${l} (union of four)`, q);
	console.log('   same answer:', now[i++] === json(await r.all(q)));
}
r.close();
