import { commitFile, type StagedTable } from '$lib/db/append';
import { removeFileRows } from '$lib/db/own-rows';
import { citedFileName, USER_SOURCE_PREFIX } from './provenance';
import type { KommunRow } from './catalogue-queries';
import type { Checked } from './worker/protocol';

/**
 * Add a checked file: its citation (a `sources` row naming the file, so every view's "Källa"
 * shows it), any kommun new to the site, then its rows — one transaction, so a failure leaves
 * every table as it was. The staged rows are consumed (dropped) either way. Returns the kommuner the file brought.
 */
export async function commitExtract(
	file: string,
	v: Checked,
	tables: StagedTable[],
	kommunRows: KommunRow[],
	onProgress?: (fraction: number) => void
): Promise<string[]> {
	const newKommuner = kommunRows
		.filter((k) => v.kommuner.includes(k.kommun) && !k.ours)
		.map(({ kommun, name, lan_code, lan_name }) => ({ kommun, name, lan_code, lan_name }));
	await commitFile(
		{
			source: {
				source: USER_SOURCE_PREFIX + file,
				file: citedFileName(file),
				kommun: v.kommuner[0] ?? '0000',
				committee: 'Egen fil',
				meeting_date: new Date().toISOString().slice(0, 10),
				title: `Eget extrakt: ${file}`
			},
			kommuner: newKommuner,
			tables
		},
		onProgress
	);
	return newKommuner.map((k) => k.kommun);
}

/** Remove every row a file added (they all cite it), its citation and the kommuner only it brought. */
export async function removeRows(file: string, tables: string[], kommuner: string[]): Promise<void> {
	await removeFileRows(USER_SOURCE_PREFIX + file, tables, kommuner);
}
