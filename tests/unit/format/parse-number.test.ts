import { describe, expect, it } from 'vitest';
import { parseSwedishNumber } from '../../../src/lib/format/parse-number';

describe('parseSwedishNumber', () => {
	const cases: [string, number | null][] = [
		['1 068', 1068],
		['1\u00a0068', 1068],
		['\u221232 915', -32915],
		['-32 915', -32915],
		['- 1 068', -1068],
		['6,8', 6.8],
		['6,8 %', 6.8],
		['6,8%', 6.8],
		['17.500', 17500],
		['2.868', 2868],
		['+1 463', 1463],
		['1.234,5', 1234.5],
		['0,5', 0.5],
		['', null],
		['–', null],
		['abc', null],
		['12a', null]
	];
	for (const [input, expected] of cases)
		it(JSON.stringify(input), () => expect(parseSwedishNumber(input)).toBe(expected));
});
