/** sv-SE formatting. Intl writes U+2212 for minus and U+00A0 as group separator in sv-SE. */
const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, decimals: number): Intl.NumberFormat {
	const key = `${locale}|${decimals}`;
	let f = cache.get(key);
	if (!f) {
		f = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
		cache.set(key, f);
	}
	return f;
}

export type Locale = 'sv-SE' | 'en-GB';
export const MISSING = '–';

export function formatNumber(value: number | null | undefined, decimals = 0, locale: Locale = 'sv-SE'): string {
	if (value == null || !Number.isFinite(value)) return MISSING;
	// Avoid "−0" after rounding a tiny negative.
	const rounded = Number(value.toFixed(decimals));
	return formatter(locale, decimals).format(rounded === 0 ? 0 : rounded);
}

export function formatSigned(value: number | null | undefined, decimals = 0, locale: Locale = 'sv-SE'): string {
	if (value == null || !Number.isFinite(value)) return MISSING;
	const s = formatNumber(value, decimals, locale);
	return Number(value.toFixed(decimals)) > 0 ? `+${s}` : s;
}

const NBSP = '\u00a0';

export function formatTkr(value: number | null | undefined, locale: Locale = 'sv-SE', signed = false): string {
	if (value == null || !Number.isFinite(value)) return MISSING;
	return `${signed ? formatSigned(value, 0, locale) : formatNumber(value, 0, locale)}${NBSP}tkr`;
}

export function formatMnkr(valueTkr: number | null | undefined, locale: Locale = 'sv-SE', signed = false): string {
	if (valueTkr == null || !Number.isFinite(valueTkr)) return MISSING;
	const m = valueTkr / 1000;
	return `${signed ? formatSigned(m, 1, locale) : formatNumber(m, 1, locale)}${NBSP}mnkr`;
}

export function formatPercent(
	value: number | null | undefined,
	decimals = 1,
	locale: Locale = 'sv-SE',
	signed = false
): string {
	if (value == null || !Number.isFinite(value)) return MISSING;
	return `${signed ? formatSigned(value, decimals, locale) : formatNumber(value, decimals, locale)}${NBSP}%`;
}

/** A value in the measure's own unit, e.g. "6,8 %", "1 068 tkr", "42 dagar". */
export function formatValue(
	value: number | null | undefined,
	unit: string,
	decimals: number,
	locale: Locale = 'sv-SE'
): string {
	if (value == null || !Number.isFinite(value)) return MISSING;
	if (unit === '%') return formatPercent(value, decimals, locale);
	const n = formatNumber(value, decimals, locale);
	return unit === 'antal' || unit === '' ? n : `${n}${NBSP}${unit}`;
}

/**
 * The one rule for a stated figure's decimals: as the document printed it. The figure's own
 * decimals (up to 2); a whole number shows none ("297 årsarbetare", "379 807 kr"), except a
 * percentage, which keeps the measure's decimals ("8,0 %"). Kronor never get added decimals.
 */
export function printedDecimals(value: number | null | undefined, unit: string, decimals: number): number {
	if (value == null || !Number.isInteger(value)) return displayDecimals(value, 0);
	return unit === '%' ? decimals : 0;
}

/** A measure's usual decimals, but never fewer than the figure itself has (up to 2): a user's 21,5 stays 21,5. */
export function displayDecimals(value: number | null | undefined, decimals: number): number {
	if (value == null || Number.isInteger(value)) return decimals;
	const own = Math.abs(value * 10 - Math.round(value * 10)) < 1e-9 ? 1 : 2;
	return Math.max(decimals, own);
}
