import { DataType, type Table } from 'apache-arrow';
import { COLUMNS } from '../schema/columns';

/** Column names any extract declares. A file's column names are only ever compared with these. */
const KNOWN_COLUMNS = new Set(Object.values(COLUMNS).flatMap((cols) => Object.keys(cols)));

function isoDate(v: unknown): unknown {
	if (v instanceof Date) return v.toISOString().slice(0, 10);
	if (typeof v === 'number' || typeof v === 'bigint') return new Date(Number(v)).toISOString().slice(0, 10);
	return v;
}

/** Arrow → plain row objects with only the columns we know; dates as ISO text. */
export function arrowToRows(table: Table): Record<string, unknown>[] {
	const fields = table.schema.fields.filter((f) => KNOWN_COLUMNS.has(f.name));
	const columns = fields.map((f) => ({
		name: f.name,
		date: DataType.isDate(f.type) || DataType.isTimestamp(f.type),
		vector: table.getChild(f.name)!
	}));
	return Array.from({ length: table.numRows }, (_, i) => {
		const row: Record<string, unknown> = {};
		for (const c of columns) {
			let v: unknown = c.vector.get(i);
			if (typeof v === 'bigint') v = Number(v);
			row[c.name] = v == null ? null : c.date ? isoDate(v) : v;
		}
		return row;
	});
}
