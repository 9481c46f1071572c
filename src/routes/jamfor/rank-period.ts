import type { CompareRow } from '$lib/queries/compare';

export type RankPeriod = { key: string; label: string; end: string; count: number };

export const periodKey = (r: Pick<CompareRow, 'period_start' | 'period_end'>) => `${r.period_start}_${r.period_end}`;

/** The periods with at least one ranked value, newest first, each with how many municipalities it ranks. */
export function rankablePeriods(rows: readonly CompareRow[]): RankPeriod[] {
	const byKey = new Map<string, RankPeriod>();
	for (const r of rows) {
		if (r.rank == null) continue;
		const key = periodKey(r);
		const p = byKey.get(key) ?? { key, label: r.period_label, end: r.period_end, count: 0 };
		p.count += 1;
		byKey.set(key, p);
	}
	return [...byKey.values()].sort((a, b) => b.end.localeCompare(a.end) || b.key.localeCompare(a.key));
}

/** Rank where most municipalities meet; among equals the newest (Jan–Aug 2023 for two delår, not one later T2). */
export function defaultRankPeriod(periods: readonly RankPeriod[]): RankPeriod | undefined {
	return periods.reduce<RankPeriod | undefined>((best, p) => (!best || p.count > best.count ? p : best), undefined);
}
