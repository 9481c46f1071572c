import { printedDecimals } from '$lib/domain/decimals';

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

/** A stated figure in its unit with the decimals the document printed (src/lib/domain/decimals.ts). */
export function formatPrinted(
	value: number | null | undefined,
	unit: string,
	decimals: number,
	locale: Locale = 'sv-SE'
): string {
	return formatValue(value, unit, printedDecimals(value, unit, decimals), locale);
}

/** The number alone (no unit), by the same rule: table cells whose heading names the unit, chart labels. */
export function formatPrintedNumber(
	value: number | null | undefined,
	unit: string,
	decimals: number,
	locale: Locale = 'sv-SE'
): string {
	return formatNumber(value, printedDecimals(value, unit, decimals), locale);
}
