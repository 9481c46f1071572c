// Dev tool: native timings (and optionally EXPLAIN ANALYZE) of the shipped Jämför queries over the bundled data.
// npx tsx scripts/dev/profile-jamfor.ts [name-to-explain]
import { join } from 'node:path';
import { compareFilters } from '../../tests/helpers/compare-filters';
import { NodeRunner } from '../lib/node-runner';
import { benchQueries } from '../lib/bench/queries';
import { comparison } from '../../src/lib/queries/compare';
import { median } from '../lib/bench/measure';
import {
	measureBreakdowns,
	measureOptions,
	normalisationAvailability,
	compareMunicipalities
} from '../../src/lib/queries/measure-options';

const root = join(import.meta.dirname, '..', '..');
const t0 = performance.now();
const r = await NodeRunner.open(join(root, 'static', 'data'), [join(root, 'static', 'data', 'kolada')]);
console.log(`open + setupViews ${(performance.now() - t0).toFixed(0)} ms`);
const qs = {
	...benchQueries(true),
	jamfor_staff_per_fte: comparison(compareFilters('sick_leave_total_pct', { norm: 'per_fte' })),
	jamfor_kolada_per_1000: comparison(compareFilters('kolada:N00090', { norm: 'per_1000_inv' })),
	jamfor_caseload: comparison(compareFilters('caseload_total')),
	options: measureOptions(),
	municipalities: compareMunicipalities(),
	breakdowns_sick: measureBreakdowns('sick_leave_total_pct'),
	availability_sick: normalisationAvailability('sick_leave_total_pct'),
	breakdowns_kolada: measureBreakdowns('kolada:N00090'),
	availability_kolada: normalisationAvailability('kolada:N00090')
};
for (const [name, q] of Object.entries(qs)) {
	const t: number[] = [];
	let n = 0;
	for (let i = 0; i < 15; i++) {
		const s = performance.now();
		n = (await r.run(q as never)).length as number;
		t.push(performance.now() - s);
	}
	console.log(`${name.padEnd(40)} ${median(t).toFixed(1)} ms  (${n} rows)`);
}
const explain = process.argv[2];
if (explain) {
	const q = (qs as Record<string, { sql: { text: string; params: unknown[] } }>)[explain]!;
	const rows = await r.all({ text: 'EXPLAIN ANALYZE ' + q.sql.text, params: q.sql.params } as never);
	console.log(String(rows[0]!['explain_value']));
}
r.close();
