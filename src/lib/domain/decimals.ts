/**
 * The one rule for how many decimals a stated figure shows, in every view, chart, tooltip and
 * print (the CSV keeps full precision):
 * - kronor (kr, tkr) never show decimals: "−5 819 tkr", "379 807 kr";
 * - otherwise a figure keeps the decimals the document printed (up to 3, read off the value and
 *   tolerant of floating-point noise): Gnesta's "8,76 %" stays 8,76 everywhere, Timrå's 81,3 stays 81,3;
 * - a figure no one wrote with 3 decimals or fewer was computed (a share of hours from a user's file:
 *   820 / 13 000 = 6,3077 %) and shows its measure's decimals ("6,3 %");
 * - a whole number shows none ("297 årsarbetare"), except a percentage, which keeps its measure's
 *   decimals ("8,0 %") so a column of percentages reads alike.
 */
export const KRONOR_UNITS: readonly string[] = ['kr', 'tkr'];

/** "%", and normalised percentages such as "% av budget". */
export const isPercent = (unit: string): boolean => unit === '%' || unit.startsWith('% ');

/** The figure's own decimals as written (0–3), or null when it has more: it was computed, not written. */
export function ownDecimals(value: number): number | null {
	for (let own = 0; own <= 3; own++)
		if (Math.abs(value * 10 ** own - Math.round(value * 10 ** own)) <= 1e-9 * 10 ** own) return own;
	return null;
}

/** Decimals of `value` in `unit` by the rule above; `decimals` is the measure's usual decimals. */
export function printedDecimals(value: number | null | undefined, unit: string, decimals: number): number {
	if (KRONOR_UNITS.includes(unit)) return 0;
	if (value == null || !Number.isFinite(value)) return decimals;
	const own = ownDecimals(value);
	if (own === null) return decimals;
	if (own > 0) return own;
	return isPercent(unit) ? decimals : 0;
}
