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
});
