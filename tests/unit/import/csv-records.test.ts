import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../../../src/lib/import/read/csv-records';

/** The CSV reader slices cells out of the text; quoting, line ends and skipped lines as RFC 4180 and Excel. */
describe('CSV records', () => {
	it('quotes, doubled quotes, text after a closing quote, CRLF, CR and quoted line breaks', () => {
		const t = parseCsvRecords('\ufeffa;b;c\r\n"x;1"; "y""z" ;"p"q\r"multi\nline";;\n\n;;;\n  ;\t;\nlast;row;end');
		expect(t).toEqual({
			header: ['a', 'b', 'c'],
			rows: [
				{ line: 2, cells: ['x;1', 'y"z ', 'pq'] },
				{ line: 3, cells: ['multi\nline', '', ''] },
				{ line: 8, cells: ['last', 'row', 'end'] }
			],
			details: { delimiter: ';' }
		});
	});

	it('an unclosed quote names the line it opens on', () => {
		expect(parseCsvRecords('a;b\n1;2\n3;"open\n4;5\n')).toEqual({
			error: 'ett citattecken öppnas men stängs aldrig; resten av filen blir en enda cell',
			row: 3
		});
	});
});
