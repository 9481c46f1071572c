/**
 * The one rule for how many decimals a stated figure shows, in every view, chart, tooltip and
 * print (the CSV keeps full precision):
 * - kronor (kr, tkr) never show decimals: "−5 819 tkr", "379 807 kr";
 * - otherwise a figure keeps the decimals the document printed (up to 3, read off the value and
 *   tolerant of floating-point noise): Gnesta's "8,76 %" stays 8,76 everywhere, Timrå's 81,3 stays 81,3;
 * - a whole number shows none ("297 årsarbetare"), except a percentage, which keeps its measure's
 *   decimals ("8,0 %") so a column of percentages reads alike.
 */
export const KRONOR_UNITS: readonly string[] = ['kr', 'tkr'];

/** "%", and normalised percentages such as "% av budget". */
export const isPercent = (unit: string): boolean => unit === '%' || unit.startsWith('% ');

/** The figure's own decimals as written (0–3). */
export function ownDecimals(value: number): number {
	let own = 0;
	while (own < 3 && Math.abs(value * 10 ** own - Math.round(value * 10 ** own)) > 1e-9 * 10 ** own) own++;
	return own;
}

/** Decimals of `value` in `unit` by the rule above; `decimals` is the measure's usual decimals. */
export function printedDecimals(value: number | null | undefined, unit: string, decimals: number): number {
	if (KRONOR_UNITS.includes(unit)) return 0;
	if (value == null || !Number.isFinite(value)) return decimals;
	const own = ownDecimals(value);
	if (own > 0) return own;
	return isPercent(unit) ? decimals : 0;
}
