import { parseSwedishNumber } from '../format/parse-number';

/** Space-grouped thousands ("32 915", "1 068,5") or a plain number with , / . ("6,8", "17.500"). */
const NUMBER_TOKEN = /\d{1,3}(?:[ \u00a0\u202f]\d{3}(?!\d))+(?:,\d+)?|\d+(?:[.,]\d+)*/g;

/** Every value a number token in the quote can mean: "17.500" is 17500 or 17.5, "2.868" likewise. */
export function numbersInQuote(quote: string): number[] {
	const out: number[] = [];
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
