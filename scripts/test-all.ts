// npm test: data build → production build → unit + data + e2e (real Chromium) → one summary line.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM } from '../tests/e2e/helpers/site';

const root = join(import.meta.dirname, '..');
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });

function step(label: string, cmd: string, args: string[]): boolean {
	console.log(`\n▶ ${label}`);
	return spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, TZ: 'Europe/Stockholm' } }).status === 0;
}

function ensureChromium(): void {
	if (existsSync(CHROMIUM)) return;
	console.log(`\n▶ ${CHROMIUM} saknas: installerar Debians chromium (apt-get)`);
	try {
		execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
	} catch {
		console.error('Kunde inte installera chromium (kräver root och apt-get). End-to-end-testerna kommer att fallera.');
	}
}

function finish(passed: number, failed: number): never {
	console.log(`tests: ${passed} passed, ${failed} failed`);
	process.exit(failed > 0 ? 1 : 0);
}

ensureChromium();
// The national comparison needs Kolada data. The reference dump beside the project is read in
// place (never copied); without it the Kolada end-to-end tests skip and the rest still runs.
const dump = join(root, '..', 'shared', 'opendata');
if (existsSync(join(dump, 'kolada_values_long.csv'))) {
	if (!step('Kolada-import från ../shared/opendata (läses på plats)', 'npx', ['tsx', 'scripts/kolada/import.ts', dump, '--fetched', '2024-08'])) finish(0, 1);
} else console.log('\n▶ ../shared/opendata saknas: ingen Kolada-jämförelse i bygget, Kolada-testerna hoppas över');
if (!step('npm run data (källor → Parquet)', 'npx', ['tsx', 'scripts/build-data.ts'])) finish(0, 1);
if (!step('vite build (produktionsbygge)', 'npx', ['vite', 'build', '--logLevel', 'warn'])) finish(0, 1);

const report = join(results, 'vitest.json');
const ok = step('vitest: unit + data + e2e', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
if (!existsSync(report)) finish(0, 1);
const summary = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number; numTotalTestSuites: number; success: boolean };
// A suite that fails to load has no failed *test*; count it so it can never pass silently.
const failed = summary.numFailedTests + (ok || summary.numFailedTests > 0 ? 0 : 1);
finish(summary.numPassedTests, failed);
