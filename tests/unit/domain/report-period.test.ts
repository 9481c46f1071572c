import { describe, expect, it } from 'vitest';
import { reportWithPeriod } from '../../../src/lib/domain/period';

describe('a report with its period', () => {
	it.each([
		['T2 2024', 'T2 2024', 'T2 2024'],
		['Delårsrapport', 'jan–aug 2023', 'Delårsrapport (jan–aug 2023)'],
		['Delår jan–aug 2023', 'jan–aug 2023', 'Delår jan–aug 2023'],
		['Statsbidrag FFO', null, 'Statsbidrag FFO']
	])('%s + %s reads "%s" (never the period twice)', (label, period, expected) => {
		expect(reportWithPeriod(label, period)).toBe(expected);
	});
});
