import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RAW_SCHEMA, SERVED_SAFE } from '../../../src/lib/db/raw-tables';
import { fragment as fragmentOf, sql } from '../../../src/lib/queries/sql';
import { KPI_TABLES } from '../../../src/lib/schema/extracts';
import { emptyDatabase } from '../../helpers/fixture';
import type { NodeRunner } from '../../helpers/node-runner';
import { sources } from './source-scan';

const RAW_NAMES = [...KPI_TABLES, SERVED_SAFE, 'kpi_ruled', 'kpi_rows', 'cells'].join('|');
/** A raw table used as a relation, bare or schema-qualified; the `_safe` views are what queries read. */
const NAMES_RAW = new RegExp(
	`\\b(FROM|JOIN)\\s+(${RAW_SCHEMA}\\.)?"?(${RAW_NAMES})\\b(?!_)|fragment\\(\\s*['"\`](${RAW_NAMES})['"\`]\\s*\\)|\\b${RAW_SCHEMA}\\b`,
	'i'
);

/** Everything but the db layer: query modules, components, routes, state. */
const outsideDb = () => sources('src').filter(([file]) => !file.startsWith('src/lib/db/'));

describe('raw sick-leave and staffing rows are out of the query layer’s reach', () => {
	it('the pattern catches a raw table however it is written (the test can fail)', () => {
		for (const bad of [
			'SELECT * FROM sick_leave',
			'JOIN staffing s ON',
			'FROM restricted.caseload',
			"fragment('senior_alert')",
			'FROM served_safe',
			'`${RAW_SCHEMA}`'.replace('${RAW_SCHEMA}', RAW_SCHEMA)
		])
			expect(NAMES_RAW.test(bad), bad).toBe(true);
		expect(NAMES_RAW.test('FROM sick_leave_safe f JOIN staffing_safe s')).toBe(false);
	});

	it('no query module (src/lib/queries/**) nor any other module outside src/lib/db names a raw table', () => {
		const files = outsideDb();
		expect(files.filter(([f]) => f.startsWith('src/lib/queries/')).length).toBeGreaterThan(15);
		expect(files.filter(([, text]) => NAMES_RAW.test(text)).map(([f]) => f)).toEqual([]);
	});

	it('nothing outside src/lib/db imports the modules that know where raw rows live', () => {
		const importers = outsideDb().filter(([, text]) =>
			/from '[^']*db\/(raw-tables|protect|protect-served|append-sql)'/.test(text)
		);
		expect(importers.map(([f]) => f)).toEqual([]);
	});

	describe('at run time', () => {
		let db: NodeRunner;
		beforeAll(async () => (db = await emptyDatabase()));
		afterAll(() => db?.close());
		it('a raw extract cannot be named bare: it is not on the search path', async () => {
			for (const t of [...KPI_TABLES, SERVED_SAFE, 'kpi_ruled'])
				await expect(db.all(sql`SELECT count(*) FROM ${fragmentOf(t)}`)).rejects.toThrow();
			for (const t of KPI_TABLES)
				expect(await db.all(sql`SELECT count(*) AS n FROM ${fragmentOf(`${t}_safe`)}`)).toEqual([{ n: 0n }]);
		});
	});
});
