// npm test: type check, lint, format check → Kolada import → data build → production build →
// unit + data + e2e (real Chromium) → one summary line "tests: N passed, M failed, K skipped".
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM } from '../tests/e2e/helpers/site';

const root = join(import.meta.dirname, '..');
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });
const shared = join(root, '..', 'shared');
const sharedPresent = existsSync(join(shared, 'documents')) && existsSync(join(shared, 'opendata'));

function step(label: string, cmd: string, args: string[]): boolean {
	console.log(`\n▶ ${label}`);
	const env = { ...process.env, TZ: 'Europe/Stockholm' };
	return spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env }).status === 0;
}

function ensureChromium(): void {
	if (existsSync(CHROMIUM)) return;
	console.log(`\n▶ ${CHROMIUM} saknas: installerar Debians chromium (apt-get)`);
	try {
		execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
			stdio: 'inherit'
		});
	} catch {
		console.error('Kunde inte installera chromium (kräver root och apt-get). End-to-end-testerna kommer att fallera.');
	}
}

function finish(passed: number, failed: number, skipped: number): never {
	console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
	process.exit(failed > 0 ? 1 : 0);
}

// Static checks first: a type error, a lint error or an unformatted file fails the run.
const checks: [string, string, string[]][] = [
	['svelte-kit sync', 'npx', ['svelte-kit', 'sync']],
	['svelte-check (typer)', 'npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings']],
	['eslint', 'npx', ['eslint', '--max-warnings', '0', '.']],
	['prettier --check', 'npx', ['prettier', '--check', '.']]
];
let staticFailures = 0;
for (const [label, cmd, args] of checks) if (!step(label, cmd, args)) staticFailures++;
if (staticFailures > 0) finish(0, staticFailures, 0);

ensureChromium();
// The national comparison needs Kolada data. The reference dump beside the project is read in
// place (never copied); without it the Kolada end-to-end tests skip and the rest still runs.
const dump = join(shared, 'opendata');
if (existsSync(join(dump, 'kolada_values_long.csv'))) {
	const args = ['tsx', 'scripts/kolada/import.ts', dump, '--fetched', '2024-08', '--replace'];
	if (!step('Kolada-import från ../shared/opendata (läses på plats)', 'npx', args)) finish(0, 1, 0);
} else console.log('\n▶ ../shared/opendata saknas: ingen Kolada-jämförelse i bygget, Kolada-testerna hoppas över');
if (!step('npm run data (källor → Parquet)', 'npx', ['tsx', 'scripts/build-data.ts'])) finish(0, 1, 0);
if (!step('vite build (produktionsbygge)', 'npx', ['vite', 'build', '--logLevel', 'warn'])) finish(0, 1, 0);
if (!step('förkomprimering (brotli + gzip)', 'npx', ['tsx', 'scripts/compress-build.ts'])) finish(0, 1, 0);

// The data suites' global setup would build static/data again: it has just been built.
process.env.TERTIAL_DATA_FRESH = '1';
const report = join(results, 'vitest.json');
const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
const ok = step('vitest: unit + data + e2e', 'npx', args);
if (!existsSync(report)) finish(0, 1, 0);

type Assertion = { status: string; fullName: string };
type FileResult = { name: string; status: string; message?: string; assertionResults: Assertion[] };
const summary = JSON.parse(readFileSync(report, 'utf8')) as {
	numPassedTests: number;
	numFailedTests: number;
	numPendingTests: number;
	numTodoTests: number;
	testResults: FileResult[];
};
// A file that fails to load (or whose beforeAll throws) reports its tests as skipped or none at
// all: count each such file as a failure, so a broken suite can never pass silently.
const brokenFiles = summary.testResults.filter(
	(f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed')
);
for (const f of brokenFiles) console.error(`✗ ${f.name}: ${f.message ?? 'sviten kunde inte köras'}`);
const skipped = summary.numPendingTests + summary.numTodoTests;
let failed =
	summary.numFailedTests + brokenFiles.length + (ok || summary.numFailedTests > 0 || brokenFiles.length > 0 ? 0 : 1);
// With ../shared beside the project every test has what it needs: a skip is a hole.
if (sharedPresent && skipped > 0) {
	const names = summary.testResults.flatMap((f) =>
		f.assertionResults
			.filter((a) => a.status !== 'passed' && a.status !== 'failed')
			.map((a) => `${f.name}: ${a.fullName}`)
	);
	console.error(`✗ ${skipped} test(er) hoppades över fast ../shared finns:\n  ${names.join('\n  ')}`);
	failed += skipped;
}
finish(summary.numPassedTests, failed, skipped);
