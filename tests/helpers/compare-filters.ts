import type { CompareFilters } from '../../src/lib/queries/compare';

/** Jämför's filters as a test asks them: one measure, every other filter at its default unless given. */
export function compareFilters(measure: string, given: Partial<Omit<CompareFilters, 'measure'>> = {}): CompareFilters {
	return {
		measure,
		kommuner: [],
		fromYear: null,
		toYear: null,
		sex: 'T',
		ageBand: null,
		unitArea: null,
		norm: 'none',
		baseYear: null,
		...given
	};
}
