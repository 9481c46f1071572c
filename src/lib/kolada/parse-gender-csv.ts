import type { KoladaValue } from '../schema/kolada';
import { KoladaParseError } from './errors';
import { columnIndex, readCsv, valueRow } from './parse-long-csv';

/**
 * The by-gender shape of the ddf--kolada dump: `geo,gender,year,<kpi id in lower case>`, e.g.
 * `geo,gender,year,n00090`. geo `0` = Riket and two digits = region are restored to 0000 / 00NN.
 */
export function parseGenderCsv(text: string, file: string): KoladaValue[] {
	const t = readCsv(text, file);
	const c = columnIndex(t, file, ['geo', 'gender', 'year']);
	const kpiCols = t.header.filter((h) => /^[nu]\d{5}$/i.test(h));
	if (kpiCols.length !== 1)
		throw new KoladaParseError(
			file,
			1,
			null,
			`väntade exakt en nyckeltalskolumn (t.ex. n00090), fann ${kpiCols.length}: ${t.header.join(', ')}`
		);
	const kpiCol = kpiCols[0]!;
	const vi = t.header.indexOf(kpiCol);
	const out: KoladaValue[] = new Array(t.rows.length);
	for (let i = 0; i < t.rows.length; i++) {
		const r = t.rows[i]!;
		out[i] = valueRow(file, t.lines[i]!, {
			kpi: [kpiCol, kpiCol],
			kommun: ['geo', r[c.geo]!],
			year: ['year', r[c.year]!],
			sex: ['gender', r[c.gender]!],
			value: [kpiCol, r[vi]!]
		});
	}
	return out;
}
