/** Sexes as the extracts code them (T = totalt). */
export const SEXES = ['T', 'K', 'M'] as const;
export type Sex = (typeof SEXES)[number];

/** As a heading or choice ("Kvinnor"). */
export const SEX_LABEL: Record<Sex, string> = { T: 'Totalt', K: 'Kvinnor', M: 'Män' };

/** Inside a sentence or a breakdown ("kvinnor"); the total is the unmarked case. */
export function sexWord(sex: string, total = 'totalt'): string {
	return sex === 'K' ? 'kvinnor' : sex === 'M' ? 'män' : sex === 'T' ? total : sex;
}

/** '-29' → '29 år och yngre', '30-49' → '30–49 år', '50-' → '50 år och äldre', as the documents group them. */
export function ageLabel(band: string): string {
	const [lo, hi] = band.split('-');
	if (!lo && hi) return `${hi} år och yngre`;
	if (lo && !hi) return `${lo} år och äldre`;
	return `${lo}–${hi} år`;
}
