import { describe, expect, it } from 'vitest';
import { plainQuote } from '../../../src/lib/format/quote';

describe('plainQuote', () => {
	const cases: [string | null, string][] = [
		['<p style="background-color: yellow;"></p>Totalt 7', 'Totalt 7'],
		['<i>Senior Alert</i> 81,3 %', 'Senior Alert 81,3 %'],
		['a &amp; b&nbsp;c', 'a & b c'],
		['x  \n y', 'x y'],
		[null, '']
	];
	for (const [input, expected] of cases) it(JSON.stringify(input), () => expect(plainQuote(input)).toBe(expected));
});
