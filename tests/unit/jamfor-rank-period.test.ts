import { describe, expect, it } from 'vitest';
import type { CompareRow } from '../../src/lib/queries/compare';
import { defaultRankPeriod, rankablePeriods } from '../../src/routes/jamfor/rank-period';

const row = (kommun: string, period_start: string, period_end: string, period_label: string, rank: number | null) =>
	({ kommun, period_start, period_end, period_label, rank }) as CompareRow;

describe('the period Jämför ranks', () => {
	const rows = [
		row('0461', '2023-01-01', '2023-08-31', 'jan–aug 2023', 1),
		row('2262', '2023-01-01', '2023-08-31', 'jan–aug 2023', 2),
		row('2085', '2023-01-01', '2023-12-31', 'jan–dec 2023', 1),
		row('0881', '2024-01-01', '2024-08-31', 'T2 2024', 1),
		row('0000', '2024-01-01', '2024-08-31', 'T2 2024', null)
	];

	it('lists periods with ranked values, newest first, counting only ranked municipalities (not Riket)', () => {
		expect(rankablePeriods(rows).map((p) => [p.label, p.count])).toEqual([
			['T2 2024', 1],
			['jan–dec 2023', 1],
			['jan–aug 2023', 2]
		]);
	});

	it('defaults to where most municipalities meet, the newest among equals', () => {
		expect(defaultRankPeriod(rankablePeriods(rows))?.label).toBe('jan–aug 2023');
		expect(defaultRankPeriod(rankablePeriods(rows.slice(2)))?.label).toBe('T2 2024');
		expect(defaultRankPeriod([])).toBeUndefined();
	});
});
