// SYNTHETIC national-scale extracts for benchmarks: npx tsx scripts/generate-synthetic.ts --rows 1000000 [--seed 1] [--out dir]
// Writes outside static/data (default .synthetic/rows-<N>/), so nothing synthetic is ever bundled by accident.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateNational } from './lib/synthetic-national';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({
	options: {
		rows: { type: 'string', default: '100000' },
		seed: { type: 'string', default: '1' },
		out: { type: 'string' },
		years: { type: 'string', default: '10' }
	}
});
const rows = Number(values.rows);
if (!Number.isFinite(rows) || rows < 1) throw new Error(`--rows ${values.rows}: ett positivt antal rader`);
const out = values.out ?? join(root, '.synthetic', `rows-${rows}`);
if (out.startsWith(join(root, 'static'))) console.warn('Varning: syntetiska data i static/ följer med i bygget.');
const municipalitiesCsv = join(root, '..', 'shared', 'opendata', 'municipalities.csv');
const t0 = performance.now();
const manifest = await generateNational({
	rows,
	seed: Number(values.seed),
	years: Number(values.years),
	out,
	catalogueDir: join(root, 'static', 'data'),
	municipalitiesCsv: existsSync(municipalitiesCsv) ? municipalitiesCsv : undefined
});
const parts = Object.values(manifest.tables).reduce((s, t) => s + (t.partitions?.length ?? 1), 0);
const mb = Object.values(manifest.tables).reduce((s, t) => s + t.bytes, 0) / 1e6;
console.log(
	`${out}: ${Object.entries(manifest.tables)
		.map(([n, t]) => `${n} ${t.rows}`)
		.join(', ')} — ${parts} filer, ${mb.toFixed(1)} MB, ${Math.round(performance.now() - t0)} ms (SYNTETISKA data)`
);
