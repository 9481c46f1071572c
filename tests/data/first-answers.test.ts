import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DUCKDB_VERSION } from '../../src/lib/db/engine-version';
import { FirstAnswersFile } from '../../src/lib/db/first-answers.svelte';
import { appTableDeps } from '../../src/lib/db/protected-deps';
import { questionKey } from '../../src/lib/queries/sql';
import { KOLADA_TABLES } from '../../src/lib/schema/kolada';
import { Manifest } from '../../src/lib/schema/manifest';
import { NodeRunner } from '../helpers/node-runner';
import { BUILT_DATA } from '../helpers/paths';

const file = FirstAnswersFile.parse(JSON.parse(readFileSync(join(BUILT_DATA, 'first-answers.json'), 'utf8')));
const manifest = Manifest.parse(JSON.parse(readFileSync(join(BUILT_DATA, 'manifest.json'), 'utf8')));

describe('first-answers.json: the views’ first questions answered by the data build', () => {
	let runner: NodeRunner;
	// The built data as the browser holds it once everything is in (Kolada too, when it was built).
	beforeAll(async () => (runner = await NodeRunner.open(BUILT_DATA, [join(BUILT_DATA, 'kolada')])));
	afterAll(() => runner?.close());

	it("carries this build's data hash and the browser's engine", () => {
		expect(file.version).toBe(manifest.version);
		expect(file.engine).toBe(DUCKDB_VERSION);
	});

	it('answers the first questions of Ekonomi, Personal, Rapport, Jämför and Data, each once', () => {
		const purposes = file.answers.map((a) => a.purpose);
		for (const p of [
			'budgetavvikelsen per verksamhetsområde',
			'sjukfrånvaron',
			'uppgifterna för avsnittet',
			'jämförelsen mellan kommuner och år',
			'källdokumenten'
		])
			expect(purposes).toContain(p);
		const keys = file.answers.map((a) => questionKey(a.sql));
		expect(new Set(keys).size).toBe(keys.length);
	});

	it('asks nothing of Kolada (its first answer in the browser depends on when Kolada arrives)', () => {
		const deps = appTableDeps();
		for (const a of file.answers)
			expect([...deps.tablesOf(a.sql.text)].filter((t) => (KOLADA_TABLES as readonly string[]).includes(t))).toEqual(
				[]
			);
	});

	it('each answer is exactly what the same query answers live on the built data (suppression included)', async () => {
		for (const a of file.answers) {
			const live = await runner.run({ purpose: a.purpose, sql: a.sql, columns: [] });
			const { length, ...columns } = live as unknown as { length: number } & Record<string, unknown[]>;
			expect({ purpose: a.purpose, length, columns }, a.purpose).toEqual({
				purpose: a.purpose,
				length: a.length,
				columns: a.columns
			});
		}
	});
});
