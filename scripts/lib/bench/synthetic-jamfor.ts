import { existsSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The dev tools' Jämför URL over a SYNTHETIC scale: its data set linked into the build (served as
 * ?data=synthetic-<scale>) and the first 10 kommuner that have sick leave. Returns the query string tail.
 */
export function syntheticJamforQuery(root: string, build: string, scale: number): string {
	const dir = join(root, '.synthetic', `rows-${scale}`);
	const link = join(build, `synthetic-${scale}`);
	if (!existsSync(link)) {
		rmSync(link, { force: true });
		symlinkSync(dir, link);
	}
	const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
		tables: Record<string, { partitions?: { kommun: string }[] }>;
	};
	const scope = [...new Set(m.tables.sick_leave?.partitions?.map((p) => p.kommun) ?? [])].sort().slice(0, 10);
	return `&data=synthetic-${scale}&matt=sick_leave_total_pct&kommuner=${scope.join(',')}`;
}
