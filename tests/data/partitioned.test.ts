import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { compareFilters } from '../helpers/compare-filters';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesUnder, restrictedDir, type NationalManifest } from '../../scripts/lib/synthetic-national';
import { smallNational } from '../helpers/small-national';
import { tableRows } from '../helpers/table-rows';
import { NodeRunner } from '../../scripts/lib/node-runner';
import { contentHash } from '../../scripts/lib/content-hash';
import { checkRowBudget, partitionsFor, plannedRows, scopeFromUrl } from '../../src/lib/db/partition-plan';
import { comparison } from '../../src/lib/queries/compare';
import { budgetHeadlines } from '../../src/lib/queries/budget-headline';
import type { Query } from '../../src/lib/queries/sql';
import { readParquet } from 'parquet-wasm';
import { tableFromIPC } from 'apache-arrow';
import { concatIpc } from '../../src/lib/db/concat-ipc';
import { mergeIpc } from '../../src/lib/db/merge-ipc';
import { COLUMNS, SERVED_SAFE_COLUMNS } from '../../src/lib/schema/columns';
import { KPI_TABLES, TABLE_NAMES } from '../../src/lib/schema/table-names';
import { TABLES } from '../../src/lib/schema/extracts';
import type { z } from 'zod/mini';
import type { TableName } from '../../src/lib/schema/table-names';

let dir: string;
let manifest: NationalManifest;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'tertial-synthetic-'));
	manifest = await smallNational(dir, 7, 3000);
});
afterAll(() => {
	for (const d of [dir, restrictedDir(dir)]) rmSync(d, { recursive: true, force: true });
});

/** The raw KPI extracts' own manifest, beside the served folder. */
const restrictedManifest = (): NationalManifest =>
	JSON.parse(readFileSync(join(restrictedDir(dir), 'manifest.json'), 'utf8')) as NationalManifest;

const sickLeaveQuery = comparison(compareFilters('sick_leave_total_pct'));

describe('synthetic national data, partitioned by kommun and year', () => {
	it('is labelled synthetic in every file name and every row', async () => {
		expect(manifest.synthetic).toBe(true);
		for (const t of Object.values(manifest.tables)) {
			expect(t.file).toContain('synthetic-');
			for (const p of t.partitions ?? []) expect(p.file).toMatch(/^synthetic-\w+\/kommun=\d{4}\/year=\d{4}\//);
		}
		const runner = await NodeRunner.openPartitioned(dir);
		const r = await runner.conn.runAndReadAll(
			`SELECT DISTINCT source FROM facts UNION SELECT DISTINCT source FROM budget`
		);
		const sources = r.getRows().map((x) => String(x[0]));
		expect(sources.length).toBeGreaterThan(0);
		for (const s of sources) expect(s).toMatch(/^SYNTETISK-\w+-\d{4}$/);
		runner.close();
	});

	it("every row passes its table's row schema and cites its file, line and cells, as a user's own file does", async () => {
		const runner = await NodeRunner.openPartitioned(dir, {}, true, true);
		for (const name of TABLE_NAMES) {
			const rows = await tableRows(runner, name);
			expect(rows.length, name).toBeGreaterThan(0);
			const schema = TABLES[name].row as z.ZodMiniType;
			for (const row of rows) {
				expect(schema.safeParse(row).error?.issues ?? [], name).toEqual([]);
				if (TABLES[name].kind === 'extract')
					expect(
						[row.source, row.line, row.quote].map((v) => v != null),
						name
					).toEqual([true, true, true]);
			}
		}
		runner.close();
	});

	it('has every extract at the asked size, every kommun and year as a partition', () => {
		const raw = restrictedManifest();
		for (const e of [manifest.tables.budget!, ...KPI_TABLES.map((t) => raw.tables[t]!)]) {
			expect(e.rows).toBe(3000);
			expect(new Set(e.partitions!.map((p) => `${p.kommun}/${p.year}`)).size).toBe(4 * 2);
		}
		// Goals too: a selection fetches only its kommuner's.
		expect(new Set(manifest.tables.goals!.partitions!.map((p) => `${p.kommun}/${p.year}`)).size).toBe(4 * 2);
		// What is served of the four KPI extracts: their protected facts, row for row.
		expect(manifest.tables.served_safe!.rows).toBe(4 * 3000);
		expect(new Set(manifest.tables.served_safe!.partitions!.map((p) => `${p.kommun}/${p.year}`)).size).toBe(4 * 2);
	});

	it('the same seed gives the same figures', async () => {
		const again = mkdtempSync(join(tmpdir(), 'tertial-synthetic-'));
		try {
			await smallNational(again, 7, 3000);
			const a = await NodeRunner.openPartitioned(dir);
			const b = await NodeRunner.openPartitioned(again);
			expect(await b.run(sickLeaveQuery)).toEqual(await a.run(sickLeaveQuery));
			a.close();
			b.close();
		} finally {
			for (const d of [again, restrictedDir(again)]) rmSync(d, { recursive: true, force: true });
		}
	});

	it('native DuckDB answers the shipped SQL the same over the Parquet directly and loaded as tables', async () => {
		const loaded = await NodeRunner.openPartitioned(dir, {}, true);
		const direct = await NodeRunner.openPartitioned(dir, {}, false);
		for (const q of [sickLeaveQuery, budgetHeadlines()] as Query<unknown>[]) {
			const a = await loaded.run(q);
			expect(a.length).toBeGreaterThan(0);
			expect(await direct.run(q)).toEqual(a);
		}
		loaded.close();
		direct.close();
	});

	it('a scope reads only its partitions, natively and in the browser plan alike', async () => {
		const kommun = manifest.tables.served_safe!.partitions![0]!.kommun;
		const scope = scopeFromUrl(new URLSearchParams(`kommun=${kommun}&fran=2016`));
		expect(scope).toEqual({ kommuner: [kommun], years: [2016, 9999] });
		const parts = partitionsFor(manifest.tables.served_safe!.partitions!, scope);
		expect(parts.map((p) => `${p.kommun}/${p.year}`)).toEqual([`${kommun}/2016`]);
		const runner = await NodeRunner.openPartitioned(dir, { kommuner: [kommun], years: [2016, 9999] });
		const n = await runner.conn.runAndReadAll(
			'SELECT count(*)::INTEGER, count(DISTINCT kommun)::INTEGER FROM restricted.served_safe'
		);
		expect(n.getRows()[0]).toEqual([plannedRows(manifest.tables.served_safe! as never, scope), 1]);
		runner.close();
	});

	it('refuses a load beyond the tab limit with a Swedish message, before fetching', () => {
		expect(() => checkRowBudget(5_000_000, 2_000_000, 6_000_000)).toThrow(
			/Urvalet omfattar 7\s000\s000 rader, fler än en webbläsarflik klarar \(högst 6\s000\s000\)/
		);
		expect(() => checkRowBudget(0, 10, 6_000_000)).not.toThrow();
	});

	it('small groups are suppressed at national scale as in the bundled data (the same protected facts)', async () => {
		const runner = await NodeRunner.openPartitioned(dir);
		const r = await runner.conn.runAndReadAll(
			`SELECT count(*) FILTER (WHERE suppressed)::INTEGER, count(*) FILTER (WHERE NOT suppressed AND n <= 10)::INTEGER FROM sick_leave_safe`
		);
		const [hidden, shownSmall] = r.getRows()[0]!;
		expect(Number(hidden)).toBeGreaterThan(0);
		expect(shownSmall).toBe(0);
		runner.close();
	});

	it("names each table's version by the hash of its files, so the browser may keep them by it", () => {
		for (const t of Object.values(manifest.tables)) {
			const files = t.partitions ? filesUnder(join(dir, t.file)) : [join(dir, t.file)];
			expect(t.sha256).toMatch(/^[0-9a-f]{64}$/);
			expect(t.sha256).toBe(contentHash(dir, files));
		}
		// One byte of one partition changed: its table is another version (and the browser asks anew).
		const sick = manifest.tables.served_safe!;
		const file = join(dir, sick.partitions![0]!.file);
		const bytes = readFileSync(file);
		const changed = Buffer.from(bytes);
		changed[changed.length >> 1] = changed[changed.length >> 1]! ^ 1;
		writeFileSync(file, changed);
		try {
			expect(contentHash(dir, filesUnder(join(dir, sick.file)))).not.toBe(sick.sha256);
		} finally {
			writeFileSync(file, bytes);
		}
	});

	it('the manifest on disk is the one returned', () => {
		expect(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))).toEqual(manifest);
	});

	it("an extract's partitions, decoded as the browser does, join as bytes into the same rows", () => {
		for (const [name, t] of Object.entries(manifest.tables)) {
			if (!t.partitions) continue;
			const columns = Object.keys(COLUMNS[name as TableName] ?? SERVED_SAFE_COLUMNS);
			const ipcs = t.partitions.map((p) =>
				readParquet(new Uint8Array(readFileSync(join(dir, p.file))), { columns }).intoIPCStream()
			);
			const joined = concatIpc(ipcs);
			expect(joined, name).not.toBeNull();
			const [merged] = mergeIpc(ipcs);
			const rows = (b: Uint8Array) =>
				tableFromIPC(b)
					.toArray()
					.map((r) => JSON.stringify(r.toJSON(), (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v)));
			expect(rows(joined!), name).toEqual(rows(merged!));
			expect(tableFromIPC(joined!).numRows).toBe(t.partitions.reduce((n, p) => n + p.rows, 0));
		}
	});
});
