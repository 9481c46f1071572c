// npm run data: data/*.csv (reviewed sources) → static/data/*.parquet + manifest.json.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TABLE_NAMES, type TableName } from '../src/lib/schema/extracts';
import type { Manifest } from '../src/lib/schema/manifest';
import { KoladaManifest } from '../src/lib/schema/kolada';
import { readAll } from './lib/check-rows';
import { formatProblem } from './lib/read-sources';
import { readStatementInputs } from './lib/statement-inputs';
import { shapeRows } from '../src/lib/schema/shape';
import { writeParquet } from './lib/write-parquet';
import { NodeRunner } from './lib/node-runner';
import { budgetHeadlines } from '../src/lib/queries/budget-headline';
import { toRows } from '../src/lib/queries/sql';
import { engineVersion } from '../src/lib/queries/engine';
import { DUCKDB_VERSION } from '../src/lib/db/engine-version';
import type { PrecomputedHeadlines } from '../src/lib/db/precomputed';
import type { FirstAnswersFile } from '../src/lib/db/first-answers.svelte';
import { firstAnswers } from './lib/first-answers';

const root = join(import.meta.dirname, '..');
const outDir = process.env.TERTIAL_DATA_OUT ?? join(root, 'static', 'data');

const started = performance.now();
const dataDir = process.env.TERTIAL_DATA_DIR ?? join(root, 'data');
const { tables, problems } = readAll(dataDir);
const { labels, restatements } = readStatementInputs(dataDir);
if (problems.length > 0) {
	for (const p of problems) console.error(formatProblem(p));
	console.error(`\nnpm run data: ${problems.length} fel i data/ — inga filer skrevs.`);
	process.exit(1);
}

// Everything is written to a staging folder first and swapped in only when all of it is done:
// a failure (a value DuckDB refuses, a full disk) leaves the previous build exactly as it was.
mkdirSync(outDir, { recursive: true });
const stage = join(outDir, `.staging-${process.pid}`);
rmSync(stage, { recursive: true, force: true });
mkdirSync(stage);
let manifest: Manifest;
try {
	manifest = await writeAll(stage);
} catch (e) {
	rmSync(stage, { recursive: true, force: true });
	console.error(`npm run data: ${(e as Error).message}\nInget i ${outDir} ändrades.`);
	process.exit(1);
}
for (const file of readdirSync(stage)) renameSync(join(stage, file), join(outDir, file));
rmSync(stage, { recursive: true, force: true });

async function writeAll(dir: string): Promise<Manifest> {
	const manifest: Manifest = { generated_from: 'data/', version: '', tables: {} };
	for (const name of TABLE_NAMES) {
		// Budget amounts in tkr; the canonical statement and normalised labels on every extract.
		const shaped = shapeRows(
			name,
			tables[name].map((r) => r.value),
			labels,
			restatements
		);
		try {
			manifest.tables[name] = await writeParquet(name as TableName, shaped, dir);
		} catch (e) {
			throw new Error(`${name}: DuckDB avvisade tabellen: ${(e as Error).message.split('\n')[0]}`, { cause: e });
		}
	}
	manifest.version = createHash('sha256')
		.update(
			Object.values(manifest.tables)
				.map((t) => t.sha256)
				.join('')
		)
		.digest('hex')
		.slice(0, 12);
	// Kolada (npm run data:kolada or data:kolada:import) lives in kolada/ beside the extracts; the app
	// learns from this manifest whether it is there, so it never asks for a file that does not exist.
	const koladaManifest = join(outDir, 'kolada', 'manifest.json');
	if (existsSync(koladaManifest))
		manifest.kolada = KoladaManifest.parse(JSON.parse(readFileSync(koladaManifest, 'utf8')));
	writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, '\t') + '\n');

	// The first screen's headline figures, answered by the same SQL the app runs, so they show
	// before DuckDB-WASM has started (it replaces them with its own answer once ready).
	const runner = await NodeRunner.open(dir);
	const headlines = toRows(await runner.run(budgetHeadlines()));
	const [{ version: engine }] = toRows(await runner.run(engineVersion()));
	// Each view's first questions too (first-answers.json), under the same conditions as the headlines.
	const answers: FirstAnswersFile = { version: manifest.version, engine, answers: await firstAnswers(runner) };
	runner.close();
	// The page uses these only when data hash and engine match what it runs (src/lib/db/precomputed.ts).
	if (engine !== DUCKDB_VERSION)
		console.warn(`npm run data: DuckDB ${engine} här, ${DUCKDB_VERSION} i webbläsaren — sidan räknar själv`);
	const precomputed: PrecomputedHeadlines = { version: manifest.version, engine, rows: headlines };
	writeFileSync(join(dir, 'headlines.json'), JSON.stringify(precomputed, null, '\t') + '\n');
	writeFileSync(join(dir, 'first-answers.json'), JSON.stringify(answers) + '\n');
	return manifest;
}
const summary = Object.entries(manifest.tables)
	.map(([k, t]) => `${k} ${t.rows}`)
	.join(', ');
const kolada = manifest.kolada
	? `; Kolada ${manifest.kolada.tables.kolada_values?.rows ?? 0} värden (${manifest.kolada.vintage.fetched})`
	: '; ingen Kolada-jämförelse (npm run data:kolada)';
console.log(
	`npm run data: ${summary}${kolada} → ${outDir} (${Math.round(performance.now() - started)} ms, version ${manifest.version})`
);
