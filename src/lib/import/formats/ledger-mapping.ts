import type { BudgetLine } from '$lib/schema/budget-row';

/**
 * How a ledger row finds its budget line and standard area.
 *
 * Accounts (konto) follow SKR's normalkontoplan Kommun-Bas (Kommun-Bas 13, in use through the
 * 2024 edition) by their first digit (kontoklass):
 *   3 verksamhetens intäkter → revenue
 *   4 kostnader för material, varor, entreprenad, köp av huvudverksamhet, lämnade bidrag → other_costs
 *   5 personalkostnader (kostnader för arbetskraft) → personnel
 *   6–7 övriga verksamhetskostnader (lokaler, tjänster, avskrivningar …) → other_costs
 *   8 finansiella intäkter och kostnader (skatter, statsbidrag, räntor), 9 interna/kalkylposter → other
 *   0–2 balanskonton (tillgångar, skulder, eget kapital) → not part of the operating result: rejected
 * `costs` = personnel + other_costs; `net` = every result account (classes 3–9).
 *
 * Activities (verksamhet): the three-digit codes of SCB's Räkenskapssammandrag för kommuner (RS),
 * mapped by RS_AREAS below. See RS_AREAS for which codes are checked against SCB and which are not.
 */

/** Costs and net are derived from the other lines, so an account cannot be mapped onto them. */
export type AccountClass = Exclude<BudgetLine, 'costs' | 'net'> | 'exclude';

export type LedgerMapping = {
	/** Account or account prefix → budget line ('exclude' drops the rows); the longest prefix wins. */
	accounts?: Record<string, AccountClass>;
	/** Verksamhet or ansvar code, or their name, → area_std (a key of data/areas.csv). */
	areas?: Record<string, string>;
};

const CLASS_LINE: Record<string, AccountClass> = {
	'0': 'exclude',
	'1': 'exclude',
	'2': 'exclude',
	'3': 'revenue',
	'4': 'other_costs',
	'5': 'personnel',
	'6': 'other_costs',
	'7': 'other_costs',
	'8': 'other',
	'9': 'other'
};

function byLongestPrefix<T>(table: Record<string, T> | undefined, key: string): T | undefined {
	if (!table) return undefined;
	let best: string | undefined;
	for (const p of Object.keys(table))
		if (key.startsWith(p.trim()) && (best === undefined || p.trim().length > best.length)) best = p.trim();
	return best === undefined ? undefined : table[best];
}

/** The budget line of an account, or null when the account is not a number we know. */
export function accountLine(konto: string, mapping: LedgerMapping = {}): AccountClass | null {
	const code = konto.trim().split(/\s/)[0] ?? '';
	const own = byLongestPrefix(mapping.accounts, code);
	if (own) return own;
	return /^\d/.test(code) ? (CLASS_LINE[code[0]!] ?? null) : null;
}

/** Words in an activity's or unit's name that place it, in order of precedence. */
const NAME_RULES: [RegExp, string][] = [
	[/hemtj[aä]nst|ordin[aä]rt boende|trygghetslarm/, 'aldreomsorg_hemtjanst'],
	[
		/s[aä]rskil(t|da) boende|s[aä]bo\b|v[aå]rd- och omsorgsboende|omsorgsboende|demensboende|korttids/,
		'aldreomsorg_sarskilt_boende'
	],
	[/hemsjukv[aå]rd|h[aä]lso- och sjukv[aå]rd|\bhsl\b|rehab|sjuksk[oö]t/, 'halso_sjukvard'],
	[
		/\blss\b|\bsfb\b|funktionsneds[aä]ttning|funktionshind|personlig assistans|daglig verksamhet|gruppbostad/,
		'lss_sfb'
	],
	[
		/\bifo\b|individ- och familj|missbruk|beroende|barn och unga|barn- och ungdom|ekonomiskt bist[aå]nd|f[oö]rs[oö]rjningsst[oö]d|familjer[aä]tt|familjehem|\bhvb\b|socialtj[aä]nst/,
		'ifo'
	],
	[/[aä]ldreomsorg|[aä]ldre\b|\bsol\b/, 'aldreomsorg_ovrigt'],
	[/n[aä]mnd|politisk/, 'politisk_verksamhet'],
	[/ledning|administration|\bstab\b|f[oö]rvaltningsgemensam|gemensam|kansli/, 'ledning_administration']
];

/**
 * RS activity code ranges → standard area, first match wins. Checked against the activity labels
 * of SCB's table TAB4199 (Kostnader och intäkter för kommuner efter verksamhetsområde, RS), as
 * quoted from its metadata in a public repository — not against SCB's RS instructions themselves:
 * 100–130 politisk verksamhet; 500 primärvård (kommunal hemsjukvård), 505 hälso- och sjukvård
 * övrigt; 510 vård och omsorg om äldre; 513 insatser enligt LSS/SFB; 520 insatser till personer
 * med funktionsnedsättning; 530 färdtjänst; 559 missbruk, 569 barn och unga, 571 övriga insatser
 * till vuxna, 575 ekonomiskt bistånd, 585 familjerätt (IFO); 600 flyktingmottagande, 610
 * arbetsmarknad; 800–870 affärsverksamhet. Other codes inside a range (511, 512 …) are the
 * kommun's own sub-codes and are placed by their range (and refined by name); 9xx and other
 * codes are not verified: their name decides, else Övrigt (counted in the report) unless the user maps them.
 */
export const RS_AREAS: readonly { from: number; to: number; area: string; scb: string }[] = [
	{ from: 100, to: 199, area: 'politisk_verksamhet', scb: '100–130 politisk verksamhet' },
	{ from: 500, to: 509, area: 'halso_sjukvard', scb: '500 primärvård, 505 hälso- och sjukvård övrigt' },
	{ from: 513, to: 513, area: 'lss_sfb', scb: '513 insatser enligt LSS/SFB' },
	{ from: 510, to: 519, area: 'aldreomsorg_ovrigt', scb: '510 vård och omsorg om äldre' },
	{ from: 520, to: 529, area: 'lss_sfb', scb: '520 insatser till personer med funktionsnedsättning' },
	{ from: 530, to: 549, area: 'ovrigt', scb: '530 färdtjänst/riksfärdtjänst' },
	{ from: 550, to: 599, area: 'ifo', scb: '559, 569, 571, 575, 585 individ- och familjeomsorg' },
	{ from: 600, to: 699, area: 'ovrigt', scb: '600 flyktingmottagande, 610 arbetsmarknadsåtgärder' },
	{ from: 800, to: 899, area: 'ovrigt', scb: '800–870 affärsverksamhet' }
];

/** The standard area of an RS activity code (its first three digits); null when no range above holds it. */
export function rsArea(code: string): string | null {
	const m = /^(\d{3})\d*$/.exec(code.trim());
	if (!m) return null;
	const n = Number(m[1]);
	return RS_AREAS.find((r) => n >= r.from && n <= r.to)?.area ?? null;
}

export function areaByName(name: string): string | null {
	const s = name.toLowerCase();
	return NAME_RULES.find(([re]) => re.test(s))?.[1] ?? null;
}

export type AreaHit = { area_std: string; how: 'egen' | 'rs' | 'namn' | 'okänd' };

/**
 * Standard area of a ledger row: the user's table (verksamhet code, ansvar code, then their
 * names), else the RS code refined by the activity's name (51x "Hemtjänst" → hemtjänst), else
 * the names alone, else Övrigt.
 */
export function areaOf(
	r: { verksamhet?: string; verksamhet_namn?: string; ansvar?: string; enhet?: string },
	mapping: LedgerMapping = {}
): AreaHit {
	const [vCode, vName] = splitCode(r.verksamhet, r.verksamhet_namn);
	const [aCode, aName] = splitCode(r.ansvar, r.enhet);
	const own = mapping.areas ?? {};
	for (const key of [vCode, aCode, vName, aName])
		if (key && own[key] !== undefined) return { area_std: own[key]!, how: 'egen' };
	const rs = vCode ? rsArea(vCode) : null;
	const byName = areaByName(vName) ?? areaByName(aName);
	if (rs === 'aldreomsorg_ovrigt' && byName?.startsWith('aldreomsorg')) return { area_std: byName, how: 'rs' };
	if (rs === 'aldreomsorg_ovrigt' && byName === 'halso_sjukvard') return { area_std: byName, how: 'rs' };
	if (rs) return { area_std: rs, how: 'rs' };
	if (byName) return { area_std: byName, how: 'namn' };
	return { area_std: 'ovrigt', how: 'okänd' };
}

/** "511 Hemtjänst" in one cell → ["511", "Hemtjänst"]; a separate name column wins. */
function splitCode(code?: string, name?: string): [string, string] {
	const c = (code ?? '').trim();
	const m = /^(\d+)\s*[-–:]?\s*(.*)$/.exec(c);
	if (m) return [m[1]!, (name ?? '').trim() || m[2]!.trim()];
	return ['', [(name ?? '').trim(), c].filter(Boolean).join(' ')];
}
