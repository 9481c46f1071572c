import { describe, expect, it } from 'vitest';
import { periodLabel, periodMonths } from '../../../src/lib/domain/period';

describe('period labels', () => {
	const cases: [string, string, string, number][] = [
		['2023-01-01', '2023-08-31', 'jan–aug 2023', 8],
		['2023-01-01', '2023-06-30', 'jan–jun 2023', 6],
		['2023-01-01', '2023-12-31', '2023', 12],
		['2023-08-01', '2023-08-31', 'aug 2023', 1],
		['2022-09-01', '2023-08-31', 'sep 2022–aug 2023', 12]
	];
	for (const [s, e, label, months] of cases)
		it(`${s}..${e}`, () => {
			expect(periodLabel(s, e)).toBe(label);
			expect(periodMonths(s, e)).toBe(months);
		});
});
