import { CsvError, parseCsv, type CsvTable } from '../csv/parse';
import type { KoladaValue } from '../schema/kolada';
import { KoladaParseError } from './errors';
import { koladaKpiId, koladaMunicipalityId, koladaNumber, koladaSex, koladaYear } from './ids';

/** parseCsv with its CsvError turned into our located error. */
export function readCsv(text: string, file: string): CsvTable {
	try {
		return parseCsv(text, ',');
	} catch (e) {
		if (e instanceof CsvError) throw new KoladaParseError(file, e.row, e.column ?? null, e.message);
		throw e;
	}
}

/** Index of each named column; a missing required one is an error on the header row. */
export function columnIndex<C extends string>(
	table: CsvTable,
	file: string,
	required: readonly C[],
	optional: readonly string[] = []
) {
	const idx: Record<string, number> = {};
	for (const c of [...required, ...optional]) idx[c] = table.header.indexOf(c);
	const missing = required.filter((c) => idx[c]! < 0);
	if (missing.length > 0)
		throw new KoladaParseError(
			file,
			1,
			missing.join(', '),
			`kolumn saknas (rubrikraden har: ${table.header.join(', ')})`
		);
	return idx as Record<C, number> & Record<string, number>;
}

/**
 * One value row of either CSV shape, validated cell by cell. Shared by the long and the
 * by-gender parser so both report errors the same way.
 */
export function valueRow(
	file: string,
	line: number,
	cells: {
		kpi: [string, string];
		kommun: [string, string];
		year: [string, string];
		sex: [string, string];
		value: [string, string];
	}
): KoladaValue {
	const bad = (col: string, what: string) => new KoladaParseError(file, line, col, what);
	const kpi = koladaKpiId(cells.kpi[1]);
	if (!kpi) throw bad(cells.kpi[0], `"${cells.kpi[1]}" är inget Kolada-nyckeltal (N/U + fem siffror)`);
	const kommun = koladaMunicipalityId(cells.kommun[1]);
	if (!kommun) throw bad(cells.kommun[0], `"${cells.kommun[1]}" är ingen kommun-/regionkod`);
	const year = koladaYear(cells.year[1]);
	if (year == null) throw bad(cells.year[0], `"${cells.year[1]}" är inget årtal`);
	const sex = koladaSex(cells.sex[1]);
	if (!sex) throw bad(cells.sex[0], `"${cells.sex[1]}" är inte T, K eller M`);
	const value = koladaNumber(cells.value[1]);
	if (value === undefined)
		throw bad(cells.value[0], `"${cells.value[1]}" är inget tal (decimalpunkt, inga mellanslag)`);
	return { kpi, kommun, year, sex, value };
}

/**
 * Kolada's long CSV: `kpi,municipality_id,year,value[,municipality_type][,gender]`. Without a
 * gender column every row is T (totalt), as in the dump.
 */
export function parseLongCsv(text: string, file: string): KoladaValue[] {
	const t = readCsv(text, file);
	const c = columnIndex(t, file, ['kpi', 'municipality_id', 'year', 'value'], ['municipality_type', 'gender']);
	const out: KoladaValue[] = new Array(t.rows.length);
	for (let i = 0; i < t.rows.length; i++) {
		const r = t.rows[i]!;
		const line = t.lines[i]!;
		const type = c.municipality_type! >= 0 ? r[c.municipality_type!]!.trim() : '';
		if (type !== '' && type !== 'K' && type !== 'L')
			throw new KoladaParseError(file, line, 'municipality_type', `"${type}" är varken K (kommun) eller L (region)`);
		out[i] = valueRow(file, line, {
			kpi: ['kpi', r[c.kpi]!],
			kommun: ['municipality_id', r[c.municipality_id]!],
			year: ['year', r[c.year]!],
			sex: ['gender', c.gender! >= 0 ? r[c.gender!]! : 'T'],
			value: ['value', r[c.value]!]
		});
	}
	return out;
}
