/**
 * The decimals a figure carries as the document printed it (0–3): Timrå's "81,3" keeps one,
 * Gnesta's "7,07 %" two, "270" none. Read off the value, tolerant of floating-point noise
 * (0.1 + 0.2 still has one). Never fewer than `minimum` (a measure's usual decimals).
 */
export function printedDecimals(value: number | null | undefined, minimum = 0): number {
	if (value == null || !Number.isFinite(value)) return minimum;
	let own = 0;
	while (own < 3 && Math.abs(value * 10 ** own - Math.round(value * 10 ** own)) > 1e-9 * 10 ** own) own++;
	return Math.max(minimum, own);
}
