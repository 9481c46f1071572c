import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DUCKDB_VERSION } from '../../src/lib/db/engine-version';
import { BUILT_DATA } from '../helpers/paths';
import { openSite, visit, waitForData, type Site } from './helpers/site';

let site: Site;
beforeAll(async () => (site = await openSite()));
afterAll(async () => site?.close());

describe('one engine', () => {
	it("the browser's DuckDB is the version the data build and the data tests ran, reading this build's data", async () => {
		const { page, problems } = await visit(site, '/data/');
		await waitForData(page);
		const version = page.getByTestId('engine-version');
		await expect.poll(() => version.textContent(), { timeout: 30_000 }).toMatch(/^v\d/);
		expect(await version.textContent()).toBe(DUCKDB_VERSION);
		const manifest = JSON.parse(readFileSync(join(BUILT_DATA, 'manifest.json'), 'utf8')) as { version: string };
		expect(await page.getByTestId('data-version').textContent()).toBe(manifest.version);
		const headlines = JSON.parse(readFileSync(join(BUILT_DATA, 'headlines.json'), 'utf8')) as { engine: string };
		expect(headlines.engine).toBe(DUCKDB_VERSION);
		expect(problems).toEqual([]);
	});
});
