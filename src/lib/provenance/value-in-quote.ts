import { parseSwedishNumber } from '../format/parse-number';

/** Space-grouped thousands ("32 915", "1 068,5") or a plain number with , / . ("6,8", "17.500"). */
const NUMBER_TOKEN = /\d{1,3}(?:[ \u00a0\u202f]\d{3}(?!\d))+(?:,\d+)?|\d+(?:[.,]\d+)*/g;

/**
 * Small counts the documents write in words ("fem ej verkställda beslut", "sju stycken", "inga
 * beslut"). "en/ett" are left out: they are articles far more often than numbers, and would prove
 * any value 1.
 */
const NUMBER_WORDS: Record<string, number> = {
	noll: 0,
	inga: 0,
	två: 2,
	tre: 3,
	fyra: 4,
	fem: 5,
	sex: 6,
	sju: 7,
	åtta: 8,
	nio: 9,
	tio: 10,
	elva: 11,
	tolv: 12,
	tretton: 13,
	fjorton: 14,
	femton: 15,
	sexton: 16,
	sjutton: 17,
	arton: 18,
	nitton: 19,
	tjugo: 20
};
const WORD_TOKEN = /(?<![\p{L}])(\p{L}+)(?![\p{L}])/gu;

/** Every value a number token in the quote can mean: "17.500" is 17500 or 17.5, "2.868" likewise; "fem" is 5. */
export function numbersInQuote(quote: string): number[] {
	const out: number[] = [];
	for (const m of quote.matchAll(WORD_TOKEN)) {
		const n = NUMBER_WORDS[m[1]!.toLowerCase()];
		if (n != null) out.push(n);
	}
	for (const m of quote.matchAll(NUMBER_TOKEN)) {
		const token = m[0];
		const swedish = parseSwedishNumber(token);
		if (swedish != null) out.push(swedish);
		const dotDecimal = Number(token.replace(/[ \u00a0\u202f]/g, '').replace(',', '.'));
		if (Number.isFinite(dotDecimal)) out.push(dotDecimal);
	}
	return out;
}

/** True if the quote prints this value (sign is not compared: the convention may flip it). */
export function valueInQuote(value: number, quote: string): boolean {
	const target = Math.abs(value);
	return numbersInQuote(quote).some((n) => Math.abs(n - target) < 1e-9);
}

/** The line as the document has it, compared after the PDF converter's whitespace quirks. */
export function quoteOnLine(quote: string, line: string): boolean {
	const norm = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
	return line.includes(quote) || norm(line).includes(norm(quote));
}
