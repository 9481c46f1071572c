import { appendRows } from '$lib/db/append';
import { deleteRowsCiting } from '$lib/db/own-rows';
import { exclusive } from '$lib/db/connection';
import { createViews } from '$lib/db/load';
import { clearQueryCache } from '$lib/db/run';
import { sql, type Sql } from '$lib/queries/sql';
import { citedFileName, USER_SOURCE_PREFIX } from './provenance';
import type { Validated } from './validate';

import type { KommunRow } from './catalogue-queries';

/** One statement, in the connection's queue: never inside another job's transaction. */
async function exec(statement: Sql): Promise<void> {
	await exclusive((s) => s.all(statement));
}

/**
 * Add a checked file: its citation (a `sources` row naming the file, so every view's "Källa"
 * shows it), any kommun new to the site, then its rows. If the rows cannot be added, the citation
 * and kommuner are taken back, so a failure leaves the tables as they were.
 */
export async function commitExtract(file: string, v: Validated, kommunRows: KommunRow[]): Promise<string[]> {
	const source = USER_SOURCE_PREFIX + file;
	const newKommuner = kommunRows
		.filter((k) => v.kommuner.includes(k.kommun) && !k.ours)
		.map(({ kommun, name, lan_code, lan_name }) => ({ kommun, name, lan_code, lan_name }));
	await appendRows('sources', [
		{
			source,
			file: citedFileName(file),
			kommun: v.kommuner[0] ?? '0000',
			committee: 'Egen fil',
			meeting_date: new Date().toISOString().slice(0, 10),
			title: `Eget extrakt: ${file}`
		}
	]);
	try {
		if (newKommuner.length) await appendRows('municipalities', newKommuner);
		for (const t of v.tables) if (t.rows.length) await appendRows(t.table, t.rows);
	} catch (e) {
		await removeRows(
			file,
			v.tables.map((t) => t.table),
			newKommuner.map((k) => k.kommun)
		);
		throw e;
	}
	return newKommuner.map((k) => k.kommun);
}

/** Remove every row a file added (they all cite it), its citation and the kommuner only it brought. */
export async function removeRows(file: string, tables: string[], kommuner: string[]): Promise<void> {
	const source = USER_SOURCE_PREFIX + file;
	for (const t of tables) await deleteRowsCiting(t, source);
	await exec(sql`DELETE FROM sources WHERE source = ${source}`);
	for (const k of kommuner) await exec(sql`DELETE FROM municipalities WHERE kommun = ${k}`);
	await createViews();
	clearQueryCache();
}
