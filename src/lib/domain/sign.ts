/**
 * The project's sign convention for budget figures (data/README.md): a deviation is + when it is
 * better than budget (surplus) and − when worse (deficit); costs are negative.
 */
export type DeviationKind = 'favourable' | 'unfavourable' | 'none';

export function deviationKind(tkr: number | null | undefined): DeviationKind {
	return tkr == null || tkr === 0 ? 'none' : tkr > 0 ? 'favourable' : 'unfavourable';
}

export const DEVIATION_WORD: Record<DeviationKind, string> = {
	favourable: 'överskott',
	unfavourable: 'underskott',
	none: 'i nivå med budget'
};

export const SIGN_CONVENTION_TEXT =
	'Tecken: + = bättre än budget (överskott), − = sämre än budget (underskott). Kostnader redovisas negativa.';
