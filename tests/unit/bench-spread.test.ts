import { describe, expect, it } from 'vitest';
import { spread } from '../../scripts/lib/bench/measure';

describe('the bench clicks measures of every domain', () => {
	it('takes the first of each group in turn, then the second', () => {
		expect(spread([['b1', 'b2', 'b3'], ['h1'], ['s1', 's2']], 4)).toEqual(['b1', 'h1', 's1', 'b2']);
	});
	it('stops when the groups run out', () => {
		expect(spread([['b1'], ['h1']], 4)).toEqual(['b1', 'h1']);
		expect(spread([], 4)).toEqual([]);
	});
});
