import { COLUMNS } from '../schema/columns';
import type { QueryResult } from './query-result';

/** Column names any extract declares. A file's column names are only ever compared with these. */
const KNOWN_COLUMNS = new Set(Object.values(COLUMNS).flatMap((cols) => Object.keys(cols)));

function isoDate(v: unknown): unknown {
	if (v instanceof Date) return v.toISOString().slice(0, 10);
	if (typeof v === 'number' || typeof v === 'bigint') return new Date(Number(v)).toISOString().slice(0, 10);
	return v;
}

/** An answer → plain row objects with only the columns we know; dates as ISO text. */
export function knownRows(result: QueryResult): Record<string, unknown>[] {
	const columns = result.columns.filter((c) => KNOWN_COLUMNS.has(c.name));
	return Array.from({ length: result.numRows }, (_, i) => {
		const row: Record<string, unknown> = {};
		for (const c of columns) {
			let v: unknown = c.values[i];
			if (typeof v === 'bigint') v = Number(v);
			row[c.name] = v == null ? null : c.date ? isoDate(v) : v;
		}
		return row;
	});
}
