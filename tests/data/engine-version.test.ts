import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DUCKDB_VERSION } from '../../src/lib/db/engine-version';
import { PrecomputedHeadlines } from '../../src/lib/db/precomputed';
import { budgetHeadlines } from '../../src/lib/queries/budget-headline';
import { engineVersion } from '../../src/lib/queries/engine';
import { toRows } from '../../src/lib/queries/sql';
import { Manifest } from '../../src/lib/schema/manifest';
import { NodeRunner } from '../helpers/node-runner';
import { BUILT_DATA, ROOT } from '../helpers/paths';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
	dependencies?: Record<string, string>;
	devDependencies?: Record<string, string>;
};
const deps = { ...pkg.dependencies, ...pkg.devDependencies };

describe('one DuckDB version for the browser, the data build and the data tests', () => {
	it('both engines are pinned exactly, and the native one is the DuckDB inside duckdb-wasm', () => {
		expect(deps['@duckdb/duckdb-wasm']).toBe('1.32.0');
		expect(deps['@duckdb/node-api']).toMatch(/^\d+\.\d+\.\d+-r\.\d+$/);
		expect(`v${deps['@duckdb/node-api']!.split('-')[0]}`).toBe(DUCKDB_VERSION);
	});

	it('the native engine the tests run answers SELECT version() with the browser engine version', async () => {
		const runner = await NodeRunner.open();
		expect(toRows(await runner.run(engineVersion()))).toEqual([{ version: DUCKDB_VERSION }]);
		runner.close();
	});

	it("headlines.json carries this build's data hash and engine, and is what the query answers now", async () => {
		const manifest = Manifest.parse(JSON.parse(readFileSync(join(BUILT_DATA, 'manifest.json'), 'utf8')));
		const pre = PrecomputedHeadlines.parse(JSON.parse(readFileSync(join(BUILT_DATA, 'headlines.json'), 'utf8')));
		expect(pre.version).toBe(manifest.version);
		expect(pre.engine).toBe(DUCKDB_VERSION);
		const runner = await NodeRunner.open(BUILT_DATA);
		expect(pre.rows).toEqual(toRows(await runner.run(budgetHeadlines())));
		runner.close();
	});
});
