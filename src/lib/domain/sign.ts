/**
 * The one sign convention for budget figures, in every view, chart, tooltip, CSV and print — the
 * one the committees' own driftredovisning uses, so a controller reads figures as in the document
 * (data/README.md; the build brings every extract to it):
 * - revenue is positive, costs are negative, net = revenue + costs, so a net budget, outcome or
 *   forecast of a committee is negative ("Budget helår −32 915 tkr"); Jämför shows the same budget
 *   with the same sign as Ekonomi;
 * - a deviation is + when better than budget (surplus) and − when worse (deficit);
 * - "% av budget" of a deviation divides by |budget|, so it keeps the deviation's sign; an amount as
 *   % of its budget (both costs) is positive ("prognosen är 108 % av budgeten").
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
	'Tecken som i nämndens driftredovisning: kostnader och nettobudget är negativa, intäkter positiva; en avvikelse är + när den är bättre än budget (överskott) och − när den är sämre (underskott).';
