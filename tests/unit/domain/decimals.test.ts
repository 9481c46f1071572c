import { describe, expect, it } from 'vitest';
import { isPercent, printedDecimals } from '../../../src/lib/domain/decimals';
import { formatValue } from '../../../src/lib/format/number';

describe('printedDecimals: the one rule, as the document printed it', () => {
	const cases: [number | null, string, number, number][] = [
		[81.3, 'index', 0, 1],
		[81.3, 'antal', 0, 1],
		[7.07, '%', 1, 2],
		[8.76, '%', 1, 2],
		[6.8, '%', 2, 1],
		[8, '%', 1, 1],
		[5, '% av budget', 1, 1],
		[270, 'årsarbetare', 1, 0],
		[22, 'antal', 0, 0],
		[21.5, 'årsarbetare', 0, 1],
		[379807, 'kr', 1, 0],
		[-5819.1, 'tkr', 0, 0],
		[-6914.4, 'tkr', 1, 0],
		[null, '%', 1, 1]
	];
	for (const [value, unit, decimals, expected] of cases)
		it(`${value} ${unit} (measure ${decimals}) → ${expected}`, () =>
			expect(printedDecimals(value, unit, decimals)).toBe(expected));

	it('is not fooled by floating-point noise', () => {
		expect(printedDecimals(0.1 + 0.2, '', 0)).toBe(1);
		expect(printedDecimals(81.3 - 79.8, '', 0)).toBe(1);
		expect(printedDecimals(6.308, '%', 1)).toBe(3);
	});

	it('gives a computed figure (more than three decimals) its measure’s decimals', () => {
		expect(printedDecimals((820 / 13000) * 100, '%', 1)).toBe(1);
		expect(formatValue((820 / 13000) * 100, '%', printedDecimals((820 / 13000) * 100, '%', 1))).toBe('6,3\u00a0%');
		expect(printedDecimals(1 / 3, 'antal', 0)).toBe(0);
	});

	it('knows a normalised percentage', () => {
		expect(isPercent('%')).toBe(true);
		expect(isPercent('% av budget')).toBe(true);
		expect(isPercent('tkr per årsarbetare')).toBe(false);
	});

	it('shows Timrå’s 81,3 as 81,3 where the measure’s decimals are 0', () => {
		expect(formatValue(81.3, 'index', printedDecimals(81.3, 'index', 0))).toBe('81,3\u00a0index');
	});
});
