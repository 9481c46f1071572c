import { describe, expect, it } from 'vitest';
import { sources, templateLiterals } from './source-scan';

/** Upper-case SQL words: UI text and comments in code never use them. */
const SQL_WORD =
	/\b(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|ATTACH|DETACH|COPY|PRAGMA|INSTALL|LOAD|BEGIN|COMMIT|ROLLBACK|SET|FROM|WHERE|JOIN|WHEN|CAST|AND|OR|NOT|IN|IS|NULL|AS)\b/;

/**
 * SQL text that is not the `sql` tag: `fragment(`…`)` with interpolations, and SQL in plain
 * template literals (parts of a fragment assembled from a TS map). Each was read and found to
 * splice only constants of ours (schema names, column lists from COLUMNS, table names from
 * KPI_TABLES, CASE arms from a TS map), never text from a file, the URL or a user. A new one
 * fails this test until it is reviewed and counted here. (Constant fragments without `${}` and
 * everything inside the tag are fine by construction: the tag binds every value.)
 */
const REVIEWED: Record<string, number> = {
	// Stage name (ours: upload_ + time + counter), casts and key comparisons from COLUMNS / KEY_COLUMNS.
	'src/lib/db/append-sql.ts': 4,
	// A pivot format's staged input cast: names from the format's code (checked against a pattern), types from a fixed set.
	'src/lib/db/pivot-input.ts': 1,
	// RENAME TO takes a bare name: the table's, one of our known names (loadableTable checks it).
	'src/lib/db/load.ts': 1,
	'src/lib/db/protect.ts': 3,
	// The served protected facts' work tables: our schema and constant table names.
	'src/lib/db/protect-served.ts': 4,
	// The cells table's name, key comparisons and set hashes over our constant key columns.
	'src/lib/db/protect-rounds.ts': 4,
	'src/lib/db/raw-tables.ts': 1,
	'src/lib/db/read-parquet-rows.ts': 1,
	'src/lib/queries/budget-facts.ts': 3,
	'src/lib/queries/budget-pivot.ts': 2,
	'src/lib/queries/measure-options.ts': 1,
	// The share-of-budget threshold (a number constant of ours).
	'src/lib/queries/compare.ts': 1,
	// Amount-kind CASE arms from our TS map.
	'src/lib/domain/budget.ts': 1,
	// Period length: column names from our constant map.
	'src/lib/domain/period.ts': 1,
	// Own-data formats: column lists and CASE arms from our constant field and area maps; a user's
	// cells reach DuckDB only as bound parameters (sql-input.ts checks every column name it splices).
	'src/lib/import/formats/hr-sick-hours-sql.ts': 1,
	'src/lib/import/formats/ivo-evb-sql.ts': 1,
	'src/lib/import/formats/senior-alert.ts': 2,
	'src/lib/import/formats/staffing-sql.ts': 4,
	'src/lib/import/sql-input.ts': 4
};

function unreviewed(): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const [file, text] of sources('src'))
		for (const t of templateLiterals(text)) {
			if (/\bsql$/.test(t.before)) continue;
			const fragment = /\bfragment\($/.test(t.before);
			if (fragment ? !t.interpolated : !SQL_WORD.test(t.text)) continue;
			counts[file] = (counts[file] ?? 0) + 1;
		}
	return counts;
}

describe('no SQL from data: every statement through the sql tag', () => {
	it('finds SQL in template literals at all (the scanner can fail)', () => {
		const found = templateLiterals('const a = sql`SELECT ${x}`; const b = `DROP TABLE ${name}`; // `SELECT`');
		expect(found.map((t) => [/\bsql$/.test(t.before), t.text])).toEqual([
			[true, 'SELECT ${}'],
			[false, 'DROP TABLE ${}']
		]);
	});

	it('SQL text outside the tag is only the reviewed constant fragments', () => {
		expect(unreviewed()).toEqual(REVIEWED);
	});

	it('only the connection module talks to the engine (prepare = one statement, bound parameters)', () => {
		const direct = sources('src')
			.filter(([, text]) => /\bconn\.(query|send|prepare|insert\w*)\(/.test(text))
			.map(([file]) => file);
		expect(direct).toEqual(['src/lib/db/connection.ts', 'src/lib/db/engine.ts']);
	});
});
