// The data suites read static/data: build it once before they run, so no suite can skip for lack
// of it. Kolada is imported first when ../shared/opendata is present (it is read in place).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT_DATA, HAS_OPENDATA, OPENDATA, ROOT } from '../helpers/paths';

function tsx(args: string[]): void {
	execFileSync('npx', ['tsx', ...args], {
		cwd: ROOT,
		stdio: 'inherit',
		env: { ...process.env, TZ: 'Europe/Stockholm' }
	});
}

export default function setup(): void {
	// npm test has just imported and built (scripts/test-all.ts): nothing to do.
	if (process.env.TERTIAL_DATA_FRESH === '1') return;
	if (HAS_OPENDATA && !existsSync(join(BUILT_DATA, 'kolada', 'manifest.json')))
		tsx(['scripts/kolada/import.ts', OPENDATA, '--fetched', '2024-08']);
	tsx(['scripts/build-data.ts']);
}
