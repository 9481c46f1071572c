import { describe, expect, it } from 'vitest';
import { numbersInQuote, quoteOnLine, valueInQuote } from '../../../src/lib/provenance/value-in-quote';

describe('valueInQuote', () => {
	const yes: [number, string][] = [
		[-32915, 'Personalkostnader\t-346 688\t-379 603\t-32 915'],
		[-1068, 'ett underskott på - 1 068 tkr'],
		[-1068, 'Totalt\t-421072\t-422140\t-1068'],
		[6.8, 'Sjukfrånvaro totalt (%):\t6,8\t7,4'],
		[17500, 'totalt handlar det om 17.500 tkr'],
		[2868, 'ett positivt utfall mot budget om 2.868 tkr'],
		[30.8, 'som överstiger 59 dagar.\t30,8% \t44%'],
		[-23.6, 'ett underskott på -23,6 mnkr'],
		[2021, 'Tabell 3 2020 2021 2022']
	];
	for (const [v, q] of yes) it(`${v} in "${q}"`, () => expect(valueInQuote(v, q)).toBe(true));
	const no: [number, string][] = [
		[915, 'Personalkostnader -32 915'],
		[68, 'Sjukfrånvaro 6,8'],
		[1069, 'underskott på - 1 068 tkr'],
		[7.5, 'Sjukfrånvaro 7,4']
	];
	for (const [v, q] of no) it(`${v} not in "${q}"`, () => expect(valueInQuote(v, q)).toBe(false));
	it('reads both meanings of a dotted number', () =>
		expect(numbersInQuote('17.500')).toEqual(expect.arrayContaining([17500, 17.5])));
});

describe('quoteOnLine', () => {
	it('accepts a verbatim substring', () =>
		expect(quoteOnLine('-32 915', 'Personalkostnader\t-346 688\t-32 915')).toBe(true));
	it('treats nbsp as space', () => expect(quoteOnLine('1 068', 'om\u00a0-\u00a01\u00a0068 tkr')).toBe(true));
	it('rejects text not on the line', () => expect(quoteOnLine('1 069', 'om - 1 068 tkr')).toBe(false));
});

describe('number words', () => {
	it('reads the small counts the documents write in words, but not articles or parts of words', async () => {
		const { valueInQuote } = await import('../../../src/lib/provenance/value-in-quote');
		const q = 'finns fem ej verkställda gynnande biståndsbeslut, varav två stycken inom SoL och tre ärenden inom LSS';
		expect([5, 2, 3].every((v) => valueInQuote(v, q))).toBe(true);
		expect(valueInQuote(7, 'Under kvartal 1 2023 var det sju stycken ärenden')).toBe(true);
		expect(valueInQuote(1, 'I ett ej verkställt beslut')).toBe(false);
		expect(valueInQuote(6, 'sexton')).toBe(false);
		expect(valueInQuote(3, 'Treårsplan')).toBe(false);
	});
});
