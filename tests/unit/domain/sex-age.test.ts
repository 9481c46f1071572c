import { describe, expect, it } from 'vitest';
import { ageLabel, SEX_LABEL, sexWord } from '../../../src/lib/domain/sex-age';
import { deviationKind, DEVIATION_WORD } from '../../../src/lib/domain/sign';

describe('sexes, age bands and the sign convention', () => {
	it('names sexes as headings and inside sentences', () => {
		expect(SEX_LABEL).toEqual({ T: 'Totalt', K: 'Kvinnor', M: 'Män' });
		expect([sexWord('K'), sexWord('M'), sexWord('T'), sexWord('T', '')]).toEqual(['kvinnor', 'män', 'totalt', '']);
	});

	it('writes age bands as the documents group them', () => {
		expect([ageLabel('-29'), ageLabel('30-49'), ageLabel('50-')]).toEqual([
			'29 år och yngre',
			'30–49 år',
			'50 år och äldre'
		]);
	});

	it('+ is better than budget, − worse', () => {
		expect([deviationKind(1), deviationKind(-1), deviationKind(0), deviationKind(null)]).toEqual([
			'favourable',
			'unfavourable',
			'none',
			'none'
		]);
		expect(DEVIATION_WORD.unfavourable).toBe('underskott');
	});
});
