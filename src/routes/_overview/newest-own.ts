/**
 * A user's monthly ledger gives one follow-up per booked month; the overview shows only the newest
 * of each file per kommun (Ekonomi lists them all). Document reports stay as they are.
 * Rows come newest first (budgetHeadlines orders by period end, descending).
 */
export function newestOwnReports<R extends { kommun: string; source: string }>(rows: R[]): R[] {
	const seen = new Set<string>();
	return rows.filter((r) => {
		if (!r.source.startsWith('user:')) return true;
		const key = `${r.kommun}|${r.source}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
