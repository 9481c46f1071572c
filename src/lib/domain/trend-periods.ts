type Dated = { period_start: string; period_end: string };

/** A calendar month: the 1st to the last day of the same month ('2024-04-01'–'2024-04-30'). */
export function isMonth(r: Dated): boolean {
	const [y, m, d] = r.period_start.split('-').map(Number) as [number, number, number];
	if (d !== 1) return false;
	const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
	return r.period_end === last;
}

/**
 * One line over time joins like with like. A user's monthly extract also yields tertial, year-to-date
 * and year figures built from the same months; drawn on one line they zigzag (jan, feb, mar, T1, apr).
 * So a figure whose period holds two or more of the series' monthly figures is left off the line;
 * every other figure (a document's tertials, jan–aug, years) stays. Tables keep every figure.
 */
export function withoutSumsOfMonths<R extends Dated>(rows: R[]): R[] {
	const months = rows.filter(isMonth);
	if (months.length < 2) return rows;
	const inside = (r: R) =>
		months.filter((m) => m.period_start >= r.period_start && m.period_end <= r.period_end).length;
	return rows.filter((r) => isMonth(r) || inside(r) < 2);
}
