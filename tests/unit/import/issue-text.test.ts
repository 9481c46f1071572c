import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { issueText } from '../../../src/lib/import/issue-text';

const first = (schema: z.ZodMiniType, v: unknown) => {
	const r = z.safeParse(schema, v);
	if (r.success) throw new Error('expected a failure');
	return issueText(r.error.issues[0]!, v);
};

describe('issueText: zod’s English messages said in Swedish, with the value', () => {
	it('a fraction where a whole number belongs', () => expect(first(z.int(), 12.5)).toBe('”12,5” är inget heltal'));
	it('a value outside a list', () =>
		expect(first(z.enum(['budget_year', 'outcome_period']), 'gissning')).toBe(
			'”gissning” är inget av de tillåtna värdena: budget_year, outcome_period'
		));
	it('our own messages pass as they are', () =>
		expect(first(z.string().check(z.minLength(2, 'minst två tecken')), 'x')).toBe('minst två tecken'));
});
