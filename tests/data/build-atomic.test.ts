import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, ROOT } from '../helpers/paths';

function build(out: string, dataDir = DATA_DIR): { status: number | null; stderr: string } {
	const r = spawnSync('npx', ['tsx', 'scripts/build-data.ts'], {
		cwd: ROOT,
		env: { ...process.env, TERTIAL_DATA_OUT: out, TERTIAL_DATA_DIR: dataDir },
		encoding: 'utf8'
	});
	return { status: r.status, stderr: r.stderr };
}

/** Every file in the output folder and its hash (kolada/ included), to prove nothing changed. */
function snapshot(dir: string): Record<string, string> {
	return Object.fromEntries(
		readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((e) => e.isFile())
			.map((e) => {
				const p = join(e.parentPath, e.name);
				return [p.slice(dir.length), createHash('sha256').update(readFileSync(p)).digest('hex')];
			})
	);
}

/** A copy of data/ with one line of gnesta/sick_leave.csv (rad 2) edited. */
function dataWith(edit: (line: string) => string): string {
	const dir = mkdtempSync(join(tmpdir(), 'tertial-src-'));
	cpSync(DATA_DIR, dir, { recursive: true });
	const file = join(dir, 'gnesta', 'sick_leave.csv');
	const lines = readFileSync(file, 'utf8').split('\n');
	lines[1] = edit(lines[1]!);
	writeFileSync(file, lines.join('\n'));
	return dir;
}

describe('npm run data fails whole', () => {
	const out = mkdtempSync(join(tmpdir(), 'tertial-atomic-'));
	const first = build(out);
	const before = snapshot(out);

	it('builds the reference output', () => {
		expect(first.status).toBe(0);
		expect(Object.keys(before)).toContain('/manifest.json');
	});

	it.each([
		[
			'an impossible date',
			(l: string) => l.replace(',2023-06-30,', ',2023-02-30,'),
			'kolumn period_end: datumet finns inte'
		],
		['a count beyond 32 bits', (l: string) => l.replace(',%,335,', ',%,3000000000,'), 'kolumn n: talet är större än'],
		['a negative line number', (l: string) => l.replace(/^([^,]+),569,/, '$1,-4,'), 'kolumn line: ska vara minst 1'],
		['line number zero', (l: string) => l.replace(/^([^,]+),569,/, '$1,0,'), 'kolumn line: ska vara minst 1']
	])('%s is refused by zod with file, row and column; nothing is written', (_name, edit, message) => {
		const r = build(out, dataWith(edit));
		expect(r.status).toBe(1);
		expect(r.stderr).toContain(`data/gnesta/sick_leave.csv rad 2, ${message}`);
		expect(r.stderr).not.toMatch(/\n\s+at /);
		expect(snapshot(out)).toEqual(before);
	});

	it('a failure after every table was written leaves the previous build as it was, and no staging folder', () => {
		// A broken Kolada manifest fails the build after all Parquet files exist (in staging).
		const broken = mkdtempSync(join(tmpdir(), 'tertial-atomic-'));
		expect(build(broken).status).toBe(0);
		mkdirSync(join(broken, 'kolada'), { recursive: true });
		writeFileSync(join(broken, 'kolada', 'manifest.json'), '{ not json');
		const previous = snapshot(broken);
		const r = build(
			broken,
			dataWith((l) => l.replace(',6.8,%,335,', ',6.9,%,335,'))
		);
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('Inget i');
		expect(snapshot(broken)).toEqual(previous);
		expect(readdirSync(broken).filter((f) => f.startsWith('.staging'))).toEqual([]);
	});
});
