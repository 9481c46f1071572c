import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { restrictedDir } from '../../scripts/lib/synthetic-national';
import { buildProtectedFacts } from '../../src/lib/db/protect';
import { tableRef } from '../../src/lib/db/raw-tables';
import { fragment, sql } from '../../src/lib/queries/sql';
import { KPI_TABLES } from '../../src/lib/schema/extracts';
import { emptyDatabase, insert, kpi } from '../helpers/fixture';
import { NodeRunner } from '../helpers/node-runner';
import { BUILT_DATA } from '../helpers/paths';
import { smallNational } from '../helpers/small-national';

/**
 * Small-group protection rebuilt for the kommuner a load touched (src/lib/db/protect.ts) gives
 * kpi_safe row for row as a full rebuild does: on the bundled data, on SYNTHETIC national data with
 * hidden cells, and on a crafted case where a hidden figure shares a document line with another
 * kommun's row (kommuner 9991–9992, never shipped).
 */
const runners: NodeRunner[] = [];
const dirs: string[] = [];
afterAll(() => {
	for (const r of runners) r.close();
	for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Every row of kpi_safe, as text, in one order (the whole row: value, n, note, flags). */
async function safeRows(r: NodeRunner): Promise<string[]> {
	return (await r.all(sql`SELECT x::VARCHAR AS row FROM kpi_safe x ORDER BY 1`)).map((x) => String(x.row));
}

/** The kommuner list as a constant SQL list (test data: digits only). */
const list = (ks: string[]) => fragment(ks.map((k) => `'${k.replace(/\D/g, '')}'`).join(', '));

/**
 * Take `ks`'s raw rows out, protect the rest in full, put them back and protect only `ks`; then the
 * same data protected in full. Returns [stale, incremental, full].
 */
async function roundTrip(r: NodeRunner, ks: string[]): Promise<[string[], string[], string[]]> {
	for (const t of KPI_TABLES) {
		await r.all(
			sql`CREATE OR REPLACE TEMP TABLE ${fragment(`held_${t}`)} AS SELECT * FROM ${tableRef(t)} WHERE kommun IN (${list(ks)})`
		);
		await r.all(sql`DELETE FROM ${tableRef(t)} WHERE kommun IN (${list(ks)})`);
	}
	await buildProtectedFacts(r);
	const stale = await safeRows(r);
	for (const t of KPI_TABLES) await r.all(sql`INSERT INTO ${tableRef(t)} SELECT * FROM ${fragment(`held_${t}`)}`);
	await buildProtectedFacts(r, ks);
	const incremental = await safeRows(r);
	await buildProtectedFacts(r);
	return [stale, incremental, await safeRows(r)];
}

async function hidden(r: NodeRunner): Promise<number> {
	const [x] = await r.all(sql`SELECT count(*) FILTER (WHERE suppressed)::INTEGER AS n FROM kpi_safe`);
	return Number(x?.n);
}

async function kommunerOf(r: NodeRunner): Promise<string[]> {
	const rows = await r.all(sql`SELECT DISTINCT kommun FROM kpi_safe WHERE kommun IS NOT NULL ORDER BY 1`);
	return rows.map((x) => String(x.kommun));
}

describe('incremental small-group protection = full rebuild', () => {
	it('on the bundled data, one kommun at a time and two together', async () => {
		const r = await NodeRunner.open(BUILT_DATA);
		runners.push(r);
		const ks = await kommunerOf(r);
		expect(ks.length).toBeGreaterThan(1);
		for (const k of [...ks.map((k) => [k]), ks.slice(0, 2)]) {
			const [stale, incremental, full] = await roundTrip(r, k);
			expect(stale.length).toBeLessThan(full.length);
			expect(incremental).toEqual(full);
		}
	});

	it('on synthetic national data with hidden cells (added and replaced rows)', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'tertial-protect-'));
		dirs.push(dir, restrictedDir(dir));
		await smallNational(dir, 3, 4000);
		// The raw extracts (the served folder holds only their protected facts).
		const r = await NodeRunner.openPartitioned(dir, {}, true, true);
		runners.push(r);
		expect(await hidden(r)).toBeGreaterThan(0);
		const ks = await kommunerOf(r);
		const [stale, incremental, full] = await roundTrip(r, [ks[1]!]);
		expect(stale).not.toEqual(full);
		expect(incremental).toEqual(full);
		// Replaced rows: a kommun's groups shrink (newly hidden cells) and the rest is untouched.
		await r.all(
			sql`UPDATE ${tableRef('sick_leave')} SET n = 6 WHERE kommun = ${ks[2]!} AND sex = 'M' AND hash(period_start) % 3 = 0`
		);
		const before = await hidden(r);
		await buildProtectedFacts(r, [ks[2]!]);
		expect(await hidden(r)).toBeGreaterThan(before);
		const incrementalAgain = await safeRows(r);
		await buildProtectedFacts(r);
		expect(incrementalAgain).toEqual(await safeRows(r));
	});

	it('a hidden figure takes the quote off another kommun’s row on the same document line', async () => {
		const r = await emptyDatabase();
		runners.push(r);
		const year = { period_label: '2024', period_start: '2024-01-01', period_end: '2024-12-31' };
		const line = { source: 'delad-handling', line: 7, quote: 'män 7,4 %, kvinnor 5,5 %', note: 'ur handlingen' };
		await insert(r, 'sick_leave', [
			kpi({ kommun: '9992', measure: 'sick_leave_total_pct', sex: 'T', value: 5.9, n: 40, ...year, ...line })
		]);
		const [stale, incremental, full] = await roundTrip(r, ['9991']);
		expect(stale.join()).toContain('ur handlingen');
		expect(incremental).toEqual(full);
		// Now 9991 arrives with a small group quoting the same line: 9992's row loses quote and note.
		await insert(r, 'sick_leave', [
			kpi({ kommun: '9991', measure: 'sick_leave_total_pct', sex: 'M', value: 7.4, n: 8, ...year, ...line })
		]);
		await buildProtectedFacts(r);
		const withHidden = await safeRows(r);
		expect(withHidden.join()).not.toContain('ur handlingen');
		const [, again, fullAgain] = await roundTrip(r, ['9991']);
		expect(fullAgain).toEqual(withHidden);
		expect(again).toEqual(fullAgain);
	});

	it('an empty change does nothing, and a change outside kpi_safe’s columns rebuilds it whole', async () => {
		const r = await emptyDatabase();
		runners.push(r);
		await insert(r, 'sick_leave', [
			kpi({ kommun: '9991', measure: 'sick_leave_total_pct', sex: 'T', value: 5, n: 3, period_label: '2024' })
		]);
		const before = await safeRows(r);
		await r.all(sql`DELETE FROM ${tableRef('sick_leave')}`);
		await buildProtectedFacts(r, []);
		expect(await safeRows(r)).toEqual(before);
		await r.all(sql`ALTER TABLE ${tableRef('caseload')} ADD COLUMN extra_col VARCHAR`);
		await buildProtectedFacts(r, ['9991']);
		const cols = await r.all(sql`SELECT column_name FROM duckdb_columns() WHERE table_name = 'kpi_safe'`);
		expect(cols.map((c) => c.column_name)).toContain('extra_col');
		expect(await safeRows(r)).toEqual([]);
	});
});
