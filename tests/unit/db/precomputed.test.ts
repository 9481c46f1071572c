import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DUCKDB_VERSION } from '../../../src/lib/db/engine-version';
import { checkPrecomputed } from '../../../src/lib/db/precomputed';
import { KEPT_HINT } from '../../../src/lib/import/persist';
import { readPrecomputedHeadlines } from '../../../src/lib/server/precomputed';

const row = {
	kommun: '0461',
	name: 'Gnesta',
	report_id: 'r1',
	report_label: 'Delår',
	period_label: 'jan–aug 2024',
	budget_year_tkr: -100,
	forecast_year_tkr: -110,
	deviation_tkr: -10,
	deviation_pct: null,
	source: 's',
	line: 1,
	quote: 'q',
	file: 'f',
	note: null,
	note_sv: null
};

describe('precomputed headlines', () => {
	it('are used when they carry the data hash of the manifest beside them and the browser engine', () => {
		expect(checkPrecomputed({ version: 'abc' }, { version: 'abc', engine: DUCKDB_VERSION, rows: [row] })).toEqual({
			version: 'abc',
			rows: [row]
		});
	});

	it.each([
		['another data build', { version: 'old', engine: DUCKDB_VERSION, rows: [row] }],
		['another engine', { version: 'abc', engine: 'v1.5.5', rows: [row] }],
		['no engine stated', { version: 'abc', rows: [row] }],
		['a row of the wrong shape', { version: 'abc', engine: DUCKDB_VERSION, rows: [{ ...row, deviation_tkr: '-10' }] }]
	])('are ignored when they come from %s (the page computes its own)', (_why, headlines) => {
		expect(checkPrecomputed({ version: 'abc' }, headlines)).toBeUndefined();
	});

	it('are read at build time from the data folder, and are none when a file is missing', () => {
		const dir = mkdtempSync(join(tmpdir(), 'tertial-headlines-'));
		writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ version: 'abc' }));
		expect(readPrecomputedHeadlines(dir)).toBeUndefined();
		writeFileSync(join(dir, 'headlines.json'), JSON.stringify({ version: 'abc', engine: DUCKDB_VERSION, rows: [row] }));
		expect(readPrecomputedHeadlines(dir)?.rows).toEqual([row]);
	});

	it('are hidden before the first paint by the same hint the store of own extracts keeps', () => {
		const script = readFileSync(join(import.meta.dirname, '../../../static/own-kept.js'), 'utf8');
		expect(script).toContain(`localStorage.getItem('${KEPT_HINT}')`);
	});
});
