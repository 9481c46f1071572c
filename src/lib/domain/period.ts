import { fragment, type Fragment } from '../queries/sql';

const MONTHS_SV = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/** "jan–aug 2023" from two ISO dates; "2023" for a calendar year; "aug 2023" for one month. */
export function periodLabel(start: string, end: string): string {
	const [ys, ms] = start.split('-').map(Number) as [number, number];
	const [ye, me] = end.split('-').map(Number) as [number, number];
	if (ys === ye && ms === 1 && me === 12) return String(ys);
	if (ys === ye && ms === me) return `${MONTHS_SV[ms - 1]} ${ys}`;
	if (ys === ye) return `${MONTHS_SV[ms - 1]}–${MONTHS_SV[me - 1]} ${ys}`;
	return `${MONTHS_SV[ms - 1]} ${ys}–${MONTHS_SV[me - 1]} ${ye}`;
}

/** Months covered, inclusive: jan–aug = 8. Used to warn when periods of different length are compared. */
export function periodMonths(start: string, end: string): number {
	const [ys, ms] = start.split('-').map(Number) as [number, number];
	const [ye, me] = end.split('-').map(Number) as [number, number];
	return (ye - ys) * 12 + (me - ms) + 1;
}

/** Which period columns the SQL length reads: a row's own, an aliased source's, or a group's span. */
const PERIOD_BOUNDS = {
	row: ['period_start', 'period_end'],
	source: ['s.period_start', 's.period_end'],
	span: ['min(period_start)', 'max(period_end)']
} as const;

/** The same length as periodMonths(), in SQL: the one place the queries compute it. */
export function periodMonthsSql(bounds: keyof typeof PERIOD_BOUNDS = 'row'): Fragment {
	const [start, end] = PERIOD_BOUNDS[bounds];
	return fragment(`(date_diff('month', ${start}, ${end}) + 1)::INTEGER`);
}

/** "T2 2024 (T2 2024)" says the period twice: a report's period is shown beside its label only when the label lacks it. */
export function periodAddsToLabel(label: string, period: string | null | undefined): period is string {
	return !!period && !label.includes(period);
}

export function reportWithPeriod(label: string, period: string | null | undefined): string {
	return periodAddsToLabel(label, period) ? `${label} (${period})` : label;
}
