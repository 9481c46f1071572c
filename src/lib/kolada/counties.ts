/**
 * The 21 län by code. The Kolada API's municipality list has id, title and type only; a kommun's
 * län is the first two digits of its code, and its name comes from here (checked against the
 * metadata snapshot in ../shared/opendata by a test).
 */
export const COUNTIES: Readonly<Record<string, string>> = {
	'01': 'Stockholms län',
	'03': 'Uppsala län',
	'04': 'Södermanlands län',
	'05': 'Östergötlands län',
	'06': 'Jönköpings län',
	'07': 'Kronobergs län',
	'08': 'Kalmar län',
	'09': 'Gotlands län',
	'10': 'Blekinge län',
	'12': 'Skåne län',
	'13': 'Hallands län',
	'14': 'Västra Götalands län',
	'17': 'Värmlands län',
	'18': 'Örebro län',
	'19': 'Västmanlands län',
	'20': 'Dalarnas län',
	'21': 'Gävleborgs län',
	'22': 'Västernorrlands län',
	'23': 'Jämtlands län',
	'24': 'Västerbottens län',
	'25': 'Norrbottens län'
};

/** County code of a Kolada id: kommun 0127 → 01, region 0001 → 01, Riket 0000 → null. */
export function countyCodeOf(kommun: string): string | null {
	if (kommun === '0000') return null;
	const code = kommun.startsWith('00') ? kommun.slice(2) : kommun.slice(0, 2);
	return code in COUNTIES ? code : null;
}
