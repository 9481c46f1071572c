import { describe, expect, it } from 'vitest';
import { isMonth, withoutSumsOfMonths } from '../../../src/lib/domain/trend-periods';

const p = (period_start: string, period_end: string) => ({ period_start, period_end });

describe('a line over time joins like with like', () => {
	it('knows a calendar month', () => {
		expect(isMonth(p('2024-02-01', '2024-02-29'))).toBe(true);
		expect(isMonth(p('2023-02-01', '2023-02-28'))).toBe(true);
		expect(isMonth(p('2024-04-01', '2024-04-30'))).toBe(true);
		expect(isMonth(p('2024-01-01', '2024-04-30'))).toBe(false);
		expect(isMonth(p('2024-04-02', '2024-04-30'))).toBe(false);
		expect(isMonth(p('2024-04-01', '2024-04-29'))).toBe(false);
	});

	it('draws a monthly series from its months only, and leaves a document’s periods as they are', () => {
		const own = [p('2024-01-01', '2024-01-31'), p('2024-02-01', '2024-02-29'), p('2024-01-01', '2024-04-30')];
		expect(withoutSumsOfMonths(own)).toEqual(own.slice(0, 2));
		const doc = [p('2023-01-01', '2023-04-30'), p('2023-01-01', '2023-08-31'), p('2023-01-01', '2023-12-31')];
		expect(withoutSumsOfMonths(doc)).toEqual(doc);
		// A single month beside tertials is not a monthly series.
		const mixed = [p('2023-01-01', '2023-04-30'), p('2023-08-01', '2023-08-31'), p('2023-05-01', '2023-08-31')];
		expect(withoutSumsOfMonths(mixed)).toEqual(mixed);
		// Only periods holding two or more of the months go: jan 1–30 is no month, and no sum of months either.
		const odd = [p('2025-01-01', '2025-01-30'), p('2025-02-01', '2025-02-28'), p('2025-03-01', '2025-03-30')];
		const withT1 = [...odd, p('2025-04-01', '2025-04-30'), p('2025-01-01', '2025-04-30')];
		expect(withoutSumsOfMonths(withT1)).toEqual([...odd, p('2025-04-01', '2025-04-30')]);
	});
});
