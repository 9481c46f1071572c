import { describe, expect, it } from 'vitest';
import {
	displayDecimals,
	printedDecimals,
	formatMnkr,
	formatNumber,
	formatPercent,
	formatTkr,
	formatValue
} from '../../../src/lib/format/number';

const NB = '\u00a0';
const MINUS = '\u2212';

describe('sv-SE number formatting', () => {
	const cases: [string, string, string][] = [
		['thousands with nbsp', formatNumber(1068), `1${NB}068`],
		['negative uses U+2212', formatNumber(-32915), `${MINUS}32${NB}915`],
		['decimals with comma', formatNumber(6.8, 1), '6,8'],
		['rounds, no negative zero', formatNumber(-0.04, 1), '0,0'],
		['tkr', formatTkr(-32915), `${MINUS}32${NB}915${NB}tkr`],
		['tkr signed positive', formatTkr(1463, 'sv-SE', true), `+1${NB}463${NB}tkr`],
		['mnkr from tkr', formatMnkr(-23600), `${MINUS}23,6${NB}mnkr`],
		['percent', formatPercent(6.8), `6,8${NB}%`],
		['percent signed', formatPercent(-0.3, 1, 'sv-SE', true), `${MINUS}0,3${NB}%`],
		['missing', formatNumber(null), '–'],
		['NaN is missing', formatNumber(Number.NaN), '–'],
		['value in unit', formatValue(42, 'dagar', 0), `42${NB}dagar`],
		['value antal has no unit', formatValue(1068, 'antal', 0), `1${NB}068`],
		['english locale', formatNumber(1068.5, 1, 'en-GB'), '1,068.5']
	];
	for (const [name, actual, expected] of cases) it(name, () => expect(actual).toBe(expected));
});

describe('displayDecimals', () => {
	it('keeps the measure’s decimals but never hides the figure’s own', () => {
		expect(displayDecimals(22, 0)).toBe(0);
		expect(displayDecimals(21.5, 0)).toBe(1);
		expect(displayDecimals(7.07, 1)).toBe(2);
		expect(displayDecimals(6.8, 2)).toBe(2);
		expect(displayDecimals(null, 1)).toBe(1);
	});
});

describe('printedDecimals: as the document printed it', () => {
	it('keeps a figure its own decimals, adds none to whole numbers but percentages', () => {
		expect(printedDecimals(81.3, 'antal', 0)).toBe(1);
		expect(printedDecimals(297, 'årsarbetare', 1)).toBe(0);
		expect(printedDecimals(379807, 'kr', 1)).toBe(0);
		expect(printedDecimals(-5819.1, 'tkr', 0)).toBe(1);
		expect(printedDecimals(8, '%', 1)).toBe(1);
		expect(printedDecimals(8.76, '%', 1)).toBe(2);
	});
});
