import { describe, expect, it } from 'vitest';
import { printedDecimals } from '../../../src/lib/domain/decimals';
import { formatValue } from '../../../src/lib/format/number';

describe('printedDecimals: the decimals the document printed', () => {
	it('keeps a figure’s own decimals, never fewer than the minimum', () => {
		expect(printedDecimals(81.3, 0)).toBe(1);
		expect(printedDecimals(7.07, 1)).toBe(2);
		expect(printedDecimals(270, 0)).toBe(0);
		expect(printedDecimals(22, 0)).toBe(0);
		expect(printedDecimals(8, 1)).toBe(1);
		expect(printedDecimals(6.8, 2)).toBe(2);
		expect(printedDecimals(null, 1)).toBe(1);
	});

	it('is not fooled by floating-point noise and stops at three', () => {
		expect(printedDecimals(0.1 + 0.2, 0)).toBe(1);
		expect(printedDecimals(81.3 - 79.8, 0)).toBe(1);
		expect(printedDecimals(1 / 3, 0)).toBe(3);
	});

	it('shows Timrå’s 81,3 as 81,3 where the measure’s decimals are 0', () => {
		expect(formatValue(81.3, 'index', printedDecimals(81.3, 0))).toBe('81,3\u00a0index');
	});
});
