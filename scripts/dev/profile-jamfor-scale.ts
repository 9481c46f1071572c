// Dev tool: setupViews cost and the shipped Jämför queries natively over a synthetic scale (pruned to N kommuner, as the bench).
// npx tsx scripts/dev/profile-jamfor-scale.ts <.synthetic/rows-N dir> [kommuner=10] [name-to-explain]
import { compareFilters } from '../../tests/helpers/compare-filters';
import { sickLeaveKommuner } from '../lib/bench/synthetic-jamfor';
import { NodeRunner } from '../lib/node-runner';
import { comparison } from '../../src/lib/queries/compare';
import { median } from '../lib/bench/measure';

const dir = process.argv[2]!;
const kommuner = sickLeaveKommuner(dir).slice(0, Number(process.argv[3] ?? 10));
const t0 = performance.now();
const r = await NodeRunner.openPartitioned(dir, { kommuner });
const opened = performance.now() - t0;
const t1 = performance.now();
await r.createViews();
console.log(`open ${opened.toFixed(0)} ms (setupViews again: ${(performance.now() - t1).toFixed(0)} ms)`);
const qs = {
	sick_leave_none: comparison(compareFilters('sick_leave_total_pct')),
	sick_leave_index: comparison(compareFilters('sick_leave_total_pct', { norm: 'index' })),
	budget_pct: comparison(compareFilters('budget_net_deviation_year', { norm: 'pct_budget' }))
};
for (const [name, q] of Object.entries(qs)) {
	const t: number[] = [];
	let n = 0;
	for (let i = 0; i < 10; i++) {
		const s = performance.now();
		n = (await r.run(q as never)).length as number;
		t.push(performance.now() - s);
	}
	console.log(`${name.padEnd(20)} ${median(t).toFixed(1)} ms (${n} rows)`);
}
const explain = process.argv[4];
if (explain) {
	const q = qs[explain as keyof typeof qs].sql;
	const rows = await r.all({ text: 'EXPLAIN ANALYZE ' + q.text, params: q.params } as never);
	console.log(String(rows[0]!['explain_value']));
}
r.close();
