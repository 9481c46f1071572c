import { engine } from './engine';
import { loadTable } from './load';

/** A user's Parquet file → plain row objects (dates as ISO text), via a scratch table that is dropped after. */
export async function readParquetRows(bytes: Uint8Array): Promise<Record<string, unknown>[]> {
	const scratch = 'user_upload__scratch';
	await loadTable(scratch, bytes);
	const { conn } = await engine();
	try {
		const cols = (
			await conn.query(`SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '${scratch}'`)
		)
			.toArray()
			.map((r) => r.toJSON() as { column_name: string; data_type: string });
		const select = cols
			.map((c) =>
				c.data_type === 'DATE' ? `strftime("${c.column_name}", '%Y-%m-%d') AS "${c.column_name}"` : `"${c.column_name}"`
			)
			.join(', ');
		const table = await conn.query(`SELECT ${select} FROM "${scratch}"`);
		return table.toArray().map((r) => {
			const o = r.toJSON() as Record<string, unknown>;
			for (const k of Object.keys(o)) if (typeof o[k] === 'bigint') o[k] = Number(o[k]);
			return o;
		});
	} finally {
		await conn.query(`DROP TABLE IF EXISTS "${scratch}"`);
	}
}

/** Measure ids in the rows that the loaded catalogue does not know. */
export async function unknownMeasures(ids: string[]): Promise<string[]> {
	const { conn } = await engine();
	const known = new Set(
		(await conn.query('SELECT measure FROM measures')).toArray().map((r) => String(r.toJSON().measure))
	);
	return [...new Set(ids)].filter((id) => !known.has(id));
}
