import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod/mini';
import { TABLE_NAMES, TABLES } from '../../src/lib/schema/extracts';
import { Manifest } from '../../src/lib/schema/manifest';
import { NodeRunner } from '../helpers/node-runner';
import { ROOT } from '../helpers/paths';
import { tableRows } from '../helpers/table-rows';

function build(out: string): Manifest {
	execFileSync('npx', ['tsx', 'scripts/build-data.ts'], {
		cwd: ROOT,
		env: { ...process.env, TERTIAL_DATA_OUT: out },
		stdio: 'pipe'
	});
	return Manifest.parse(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')));
}

describe('npm run data', () => {
	const a = build(mkdtempSync(join(tmpdir(), 'tertial-a-')));
	const outB = mkdtempSync(join(tmpdir(), 'tertial-b-'));
	const b = build(outB);

	it('is deterministic: same sources, byte-identical Parquet', () => {
		expect(b).toEqual(a);
	});

	it('writes every table, and every row read back passes the zod row schema', async () => {
		const runner = await NodeRunner.open(outB);
		for (const name of TABLE_NAMES) {
			const rows = await tableRows(runner, name);
			expect(rows.length).toBe(a.tables[name]!.rows);
			const schema = TABLES[name].row as z.ZodMiniType;
			for (const row of rows) expect(schema.safeParse(row).error?.issues ?? []).toEqual([]);
		}
		runner.close();
	});
});
