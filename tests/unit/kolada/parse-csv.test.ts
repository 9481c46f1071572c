import { describe, expect, it } from 'vitest';
import { KoladaParseError } from '../../../src/lib/kolada/errors';
import { parseGenderCsv } from '../../../src/lib/kolada/parse-gender-csv';
import { parseLongCsv } from '../../../src/lib/kolada/parse-long-csv';
import { KoladaValue } from '../../../src/lib/schema/kolada';

const LONG = 'kpi,municipality_id,year,value,municipality_type';

describe('parseLongCsv', () => {
	const ok: [string, string, Partial<KoladaValue>][] = [
		[
			'kommun with leading zero',
			'N01951,0127,2022,95383,K',
			{ kpi: 'N01951', kommun: '0127', year: 2022, sex: 'T', value: 95383 }
		],
		['Riket written 0', 'N01951,0,2022,10521556,L', { kommun: '0000', value: 10521556 }],
		['Riket written 0000', 'N01951,0000,2022,1,L', { kommun: '0000' }],
		['region written 1 digit', 'N00090,1,2022,8.1,L', { kommun: '0001' }],
		['region written 2 digits', 'N00090,12,2022,8.1,L', { kommun: '0012' }],
		['kommun that lost its zero', 'N00090,127,2022,6.9,K', { kommun: '0127' }],
		['empty value is null', 'U23401,0127,2022,,K', { kpi: 'U23401', value: null }],
		['decimal and negative', 'N00097,0127,2022,-3.25,K', { value: -3.25 }],
		['lower-case kpi', 'n00090,0127,2022,1,K', { kpi: 'N00090' }],
		['no municipality_type', 'N00090,0127,2022,1,', { kommun: '0127' }]
	];
	for (const [name, line, want] of ok)
		it(`reads ${name}`, () => {
			const [row] = parseLongCsv(`${LONG}\n${line}\n`, 'x.csv');
			expect(row).toMatchObject(want);
			expect(KoladaValue.parse(row)).toEqual(row);
		});

	it('takes sex from a gender column when there is one', () => {
		const rows = parseLongCsv(
			'kpi,municipality_id,year,value,gender\nN00090,0127,2022,7.6,k\nN00090,0127,2022,5.1,M\n',
			'g.csv'
		);
		expect(rows.map((r) => r.sex)).toEqual(['K', 'M']);
	});

	it('handles CRLF, a BOM and quoted cells', () => {
		const rows = parseLongCsv(`\uFEFF${LONG}\r\n"N00090","0127","2022","6.9","K"\r\n`, 'x.csv');
		expect(rows).toEqual([{ kpi: 'N00090', kommun: '0127', year: 2022, sex: 'T', value: 6.9 }]);
	});

	const bad: [string, string, string, number, string][] = [
		['a bad KPI id', 'X0090,0127,2022,1,K', 'kpi', 3, 'Kolada-nyckeltal'],
		['a five-digit kommun', 'N00090,01270,2022,1,K', 'municipality_id', 3, 'kommun'],
		['a year that is not one', 'N00090,0127,22,1,K', 'year', 3, 'årtal'],
		['a decimal comma', 'N00090,0127,2022,"6,9",K', 'value', 3, 'inget tal'],
		['text in value', 'N00090,0127,2022,n/a,K', 'value', 3, 'inget tal'],
		['a thousands space', 'N00090,0127,2022,95 383,K', 'value', 3, 'inget tal'],
		['an unknown type', 'N00090,0127,2022,1,X', 'municipality_type', 3, 'K (kommun)']
	];
	for (const [name, line, column, row, text] of bad)
		it(`rejects ${name} with file, row and column`, () => {
			const run = () => parseLongCsv(`${LONG}\nN00090,0127,2021,1,K\n${line}\n`, 'kolada.csv');
			expect(run).toThrow(KoladaParseError);
			try {
				run();
			} catch (e) {
				const err = e as KoladaParseError;
				expect([err.file, err.row, err.column]).toEqual(['kolada.csv', row, column]);
				expect(err.message).toContain(`kolada.csv (rad ${row}, kolumn ${column})`);
				expect(err.message).toContain(text);
			}
		});

	it('names a missing column on the header row', () => {
		expect(() => parseLongCsv('kpi,municipality_id,value\nN00090,0127,1\n', 'f.csv')).toThrow(
			/f\.csv \(rad 1, kolumn year\): kolumn saknas/
		);
	});
	it('reports a row with too many fields and an unclosed quote', () => {
		expect(() => parseLongCsv(`${LONG}\nN00090,0127,2022,1,K,extra\n`, 'f.csv')).toThrow(
			/f\.csv \(rad 2\): raden har 6 fält/
		);
		expect(() => parseLongCsv(`${LONG}\n"N00090,0127,2022,1,K\n`, 'f.csv')).toThrow(/f\.csv \(rad 2\): citattecken/);
	});
});

describe('parseGenderCsv (ddf dump shape geo,gender,year,n00090)', () => {
	const cases: [string, Partial<KoladaValue>][] = [
		['0114,k,2006,9.9', { kpi: 'N00090', kommun: '0114', year: 2006, sex: 'K', value: 9.9 }],
		['0114,m,2006,5.3', { sex: 'M', value: 5.3 }],
		['0,k,2022,9.1', { kommun: '0000' }],
		['01,m,2022,4.4', { kommun: '0001' }],
		['25,k,2022,4.4', { kommun: '0025' }]
	];
	for (const [line, want] of cases)
		it(`reads ${line}`, () => {
			expect(parseGenderCsv(`geo,gender,year,n00090\n${line}\n`, 'g.csv')[0]).toMatchObject(want);
		});

	it('rejects gender x and names the column', () => {
		expect(() => parseGenderCsv('geo,gender,year,n00090\n0114,x,2006,9.9\n', 'g.csv')).toThrow(
			/g\.csv \(rad 2, kolumn gender\): "x" är inte T, K eller M/
		);
	});
	it('needs exactly one KPI column', () => {
		expect(() => parseGenderCsv('geo,gender,year,value\n0114,k,2006,9.9\n', 'g.csv')).toThrow(
			/exakt en nyckeltalskolumn/
		);
	});
});
