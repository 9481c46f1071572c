/**
 * A malformed Kolada input, located so a person can open the file and fix it: file, then the
 * CSV line (1-based, header = 1) or the JSON record (1-based index in `values`), then the column.
 */
export class KoladaParseError extends Error {
	constructor(
		readonly file: string,
		readonly row: number | null,
		readonly column: string | null,
		readonly detail: string,
		readonly rowKind: 'rad' | 'post' = 'rad'
	) {
		const where = [row != null ? `${rowKind} ${row}` : null, column != null ? `kolumn ${column}` : null]
			.filter(Boolean)
			.join(', ');
		super(`${file}${where ? ` (${where})` : ''}: ${detail}`);
		this.name = 'KoladaParseError';
	}
}
