import { existsSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../../tests/e2e/helpers/site';
import { startStaticServer } from '../static-server';

/** The kommuner with KPI figures in a synthetic data set (its manifest's partitions), in code order. */
export function sickLeaveKommuner(dir: string): string[] {
	const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
		tables: Record<string, { partitions?: { kommun: string }[] }>;
	};
	const kpi = m.tables.served_safe ?? m.tables.sick_leave;
	return [...new Set(kpi?.partitions?.map((p) => p.kommun) ?? [])].sort();
}

/**
 * The dev tools' Jämför URL over a SYNTHETIC scale: its data set linked into the build (served as
 * ?data=synthetic-<scale>) and the first 10 kommuner that have sick leave (scale 0: the bundled data,
 * nothing to add). Returns the query string tail.
 */
export function syntheticJamforQuery(root: string, build: string, scale: number): string {
	if (scale === 0) return ''; // the bundled data: Jämför as a visitor opens it
	const dir = join(root, '.synthetic', `rows-${scale}`);
	const link = join(build, `synthetic-${scale}`);
	if (!existsSync(link)) {
		rmSync(link, { force: true });
		symlinkSync(dir, link);
	}
	const scope = sickLeaveKommuner(dir).slice(0, 10);
	return `&data=synthetic-${scale}&matt=sick_leave_total_pct&kommuner=${scope.join(',')}`;
}

/**
 * The cold-visit dev tools' shared start: argv `[scale=1000000] [runs=1]`, `BUILD=<dir>` (else
 * build/), the synthetic Jämför query, the build served and Chromium launched (close both after).
 */
export async function syntheticJamforSession() {
	const root = join(import.meta.dirname, '..', '..', '..');
	const build = process.env.BUILD ?? join(root, 'build');
	const scale = Number(process.argv[2] ?? 1_000_000);
	const runs = Number(process.argv[3] ?? 1);
	const q = syntheticJamforQuery(root, build, scale);
	const { server, url } = await startStaticServer(build);
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
	return { scale, runs, q, server, url, browser };
}
