/**
 * Parse a number as Swedish documents and spreadsheets print it: "1 068", "−32 915", "6,8",
 * "6,8 %", "17.500" (dot as thousands separator), "+1 463". Returns null if it is not a number.
 */
export function parseSwedishNumber(input: string): number | null {
	let s = input
		.trim()
		.replace(/[\u00a0\u202f\u2009 ]/g, '')
		.replace(/[\u2212\u2013]/g, '-')
		.replace(/%$/, '');
	if (s === '' || s === '-') return null;
	if (/^[+-]?\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, '');
	else if (/^[+-]?\d{1,3}(\.\d{3})+,\d+$/.test(s)) s = s.replace(/\./g, '');
	s = s.replace(',', '.');
	if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(s)) return null;
	const n = Number(s);
	return Number.isFinite(n) ? n : null;
}
