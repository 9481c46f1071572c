import { describe, expect, it } from 'vitest';
import {
	formatPrinted,
	formatPrintedNumber,
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

describe('formatPrinted: a stated figure by the one decimals rule', () => {
	const cases: [string, string, string][] = [
		['Gnesta 8,76 % keeps both decimals', formatPrinted(8.76, '%', 1), `8,76${NB}%`],
		['a whole percentage keeps the measure decimals', formatPrinted(8, '%', 1), `8,0${NB}%`],
		['årsarbetare without added decimals', formatPrinted(297, 'årsarbetare', 1), `297${NB}årsarbetare`],
		['kronor never show decimals', formatPrinted(379807, 'kr', 1), `379${NB}807${NB}kr`],
		['tkr never show decimals', formatPrinted(-5819.1, 'tkr', 0), `${MINUS}5${NB}819${NB}tkr`],
		['Timrå 81,3 index', formatPrintedNumber(81.3, 'index', 0), '81,3']
	];
	for (const [name, actual, expected] of cases) it(name, () => expect(actual).toBe(expected));
});
