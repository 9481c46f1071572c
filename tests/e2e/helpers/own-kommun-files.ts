/**
 * The five template files filled for one kommun outside the five documents — Umeå (2480) —
 * as its systems would export them. Clearly synthetic, generated here for the tests: no real
 * kommun's figures. Headers are the templates' own (static/templates/), so the mapping is suggested.
 * Every figure the tests assert is worked out in the comments beside the rows.
 */
export const KOMMUN = '2480';
export const KOMMUN_NAME = 'Umeå';

export type OwnFile = { name: string; text: string; formatKey: string };

const csv = (rows: (string | number)[][]) => rows.map((r) => r.join(';')).join('\r\n') + '\r\n';
const sv = (n: number) => String(n).replace('.', ',');
const months = (n: number) => Array.from({ length: n }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`);

/**
 * Ledger for 2024 in kronor with the bookkeeping's sign (costs +, revenue −); budget for all
 * twelve months, utfall and helårsprognos booked jan–apr. Per month (kr):
 *   511 Hemtjänst Syd   5011 lön        utfall 1 050 000  budget 1 000 000  prognos 12 400 000
 *   511 Hemtjänst Syd   3110 avgifter   utfall −85 000    budget −80 000    prognos −1 000 000
 *   512 Särskilt boende 6410 material   utfall 380 000    budget 400 000    prognos 4 700 000
 *   520 LSS gruppbostad 4610 köp        utfall 270 000    budget 250 000    prognos 3 100 000
 * jan–apr, ours (tkr): revenue +340 (budget +320), personnel −4 200 (−4 000), other costs −2 600
 * (−2 600); net −6 460 vs −6 280 → period deviation −180. Annual budget 12 × −1 570 = −18 840;
 * forecast −12 400 + 1 000 − 4 700 − 3 100 = −19 200 → forecast deviation −360 tkr.
 */
function ledger(): string {
	const lines: [string, string, string, string, string, string, number, number, number][] = [
		['4110', 'Syntetisk hemtjänst Syd', '511', 'Hemtjänst', '5011', 'Månadslön', 1_050_000, 1_000_000, 12_400_000],
		['4110', 'Syntetisk hemtjänst Syd', '511', 'Hemtjänst', '3110', 'Omsorgsavgifter', -85_000, -80_000, -1_000_000],
		[
			'4210',
			'Syntetiskt boende Björken',
			'512',
			'Särskilt boende',
			'6410',
			'Förbrukningsmaterial',
			380_000,
			400_000,
			4_700_000
		],
		[
			'4310',
			'Syntetisk gruppbostad Linnéa',
			'520',
			'LSS gruppbostad',
			'4610',
			'Köp av verksamhet',
			270_000,
			250_000,
			3_100_000
		]
	];
	const rows: (string | number)[][] = [
		[
			'Månad',
			'Ansvar',
			'Enhet',
			'Verksamhet',
			'Verksamhetens namn',
			'Konto',
			'Kontots namn',
			'Utfall',
			'Budget',
			'Prognos helår'
		]
	];
	months(12).forEach((m, i) => {
		for (const [ansvar, enhet, vht, vhtNamn, konto, kontoNamn, utfall, budget, prognos] of lines) {
			const booked = i < 4;
			rows.push([
				m,
				ansvar,
				enhet,
				vht,
				vhtNamn,
				konto,
				kontoNamn,
				booked ? `${utfall},00` : '',
				`${budget},00`,
				booked ? `${prognos},00` : ''
			]);
		}
	});
	return csv(rows);
}

/**
 * Sick hours jan–apr 2024, two units × sex, all groups over 10 employees. Per month:
 *   Hemtjänst Syd K 30-49: 300 h of 4 000 (dag 1–14: 120, >59: 100), 28 employees
 *   Hemtjänst Syd M 30-49:  40 h of 1 600 (40, 0), 12 employees
 *   Björken       K 50-:   420 h of 6 000 (150, 200), 40 employees
 *   Björken       M 50-:    60 h of 1 400 (60, 0), 11 employees
 * Committee per month: 820 / 13 000 = 6,308 %; day 1–14: 370 / 13 000 = 2,846 %.
 */
function sickHours(): string {
	const groups: [string, string, string, number, number, number, number, number][] = [
		['Syntetisk hemtjänst Syd', 'K', '30-49', 300, 120, 100, 4000, 28],
		['Syntetisk hemtjänst Syd', 'M', '30-49', 40, 40, 0, 1600, 12],
		['Syntetiskt boende Björken', 'K', '50-', 420, 150, 200, 6000, 40],
		['Syntetiskt boende Björken', 'M', '50-', 60, 60, 0, 1400, 11]
	];
	const rows: (string | number)[][] = [
		[
			'Månad',
			'Enhet',
			'Kön',
			'Ålder',
			'Sjukfrånvarotimmar',
			'Sjukfrånvaro dag 1-14',
			'Sjukfrånvaro över 59 dagar',
			'Ordinarie arbetstid',
			'Antal anställda'
		]
	];
	for (const m of months(4))
		for (const g of groups) rows.push([m, ...g.map((v) => (typeof v === 'number' ? sv(v) : v))]);
	return csv(rows);
}

/**
 * Staffing jan–apr 2024 per unit × sex; the same every month. Committee: 91 employees,
 * 80,5 årsarbetare; 60 full-time, 31 part-time.
 */
function staffing(): string {
	const groups: [string, string, number, number, number, number, number, number, number, number][] = [
		['Syntetisk hemtjänst Syd', 'K', 28, 24.5, 18, 10, 310, 4200, 1, 0],
		['Syntetisk hemtjänst Syd', 'M', 12, 11, 9, 3, 95.5, 1700, 0, 1],
		['Syntetiskt boende Björken', 'K', 40, 35, 25, 15, 520, 6100, 2, 1],
		['Syntetiskt boende Björken', 'M', 11, 10, 8, 3, 60, 1500, 0, 0]
	];
	const rows: (string | number)[][] = [
		[
			'Månad',
			'Enhet',
			'Kön',
			'Antal anställda',
			'Årsarbetare',
			'Antal heltidsanställda',
			'Antal deltidsanställda',
			'Timavlönades timmar',
			'Arbetad tid totalt',
			'Nyanställda',
			'Avgångar'
		]
	];
	for (const m of months(4))
		for (const g of groups) rows.push([m, ...g.map((v) => (typeof v === 'number' ? sv(v) : v))]);
	return csv(rows);
}

/** Senior Alert jan–apr 2024, two units; Björken in April: 25 assessed, falls 72,0 %, measures 88,0 %. */
function seniorAlert(): string {
	const rows: (string | number)[][] = [
		[
			'Månad',
			'Enhet',
			'Antal riskbedömda',
			'Risk för fall (%)',
			'Risk för trycksår (%)',
			'Risk för undernäring (%)',
			'Ohälsa i munnen (%)',
			'Blåsdysfunktion (%)',
			'Antal med risk',
			'Andel med förebyggande åtgärder (%)'
		]
	];
	months(4).forEach((m, i) => {
		rows.push([
			m,
			'Syntetiskt boende Björken',
			22 + i,
			sv(66 + 2 * i),
			'40,0',
			'30,0',
			'20,0',
			'45,0',
			18 + i,
			sv(82 + 2 * i)
		]);
		rows.push([m, 'Syntetisk hemtjänst Syd', 30 + i, sv(50 + i), '20,0', '25,0', '15,0', '30,0', 20 + i, sv(70 + i)]);
	});
	return csv(rows);
}

/**
 * Ej verkställda beslut, 2024 kv 1: four decisions. Still not carried out on 31 March: 3
 * (särskilt boende SoL 120 and 200 days, kontaktperson LSS 95 days → mean 138,3 days); one
 * särskilt boende carried out. By law: SoL 2 open, LSS 1 open.
 */
function evb(): string {
	const rows: (string | number)[][] = [
		[
			'Rapportperiod',
			'Beslutsdatum',
			'Lagrum',
			'Typ av insats',
			'Kön',
			'Dagar sedan beslut',
			'Skäl',
			'Status',
			'Datum verkställt/avbrutet'
		],
		[
			'2024 kv 1',
			'2023-12-02',
			'SoL',
			'Särskilt boende',
			'K',
			120,
			'Resursbrist, ingen ledig plats',
			'Ej verkställt',
			''
		],
		[
			'2024 kv 1',
			'2023-09-13',
			'SoL',
			'Särskilt boende',
			'M',
			200,
			'Resursbrist, ingen ledig plats',
			'Ej verkställt',
			''
		],
		[
			'2024 kv 1',
			'2023-12-27',
			'LSS 9 § 4',
			'Kontaktperson',
			'K',
			95,
			'Ingen lämplig kontaktperson',
			'Ej verkställt',
			''
		],
		[
			'2024 kv 1',
			'2023-10-01',
			'SoL',
			'Särskilt boende',
			'K',
			'',
			'Resursbrist, ingen ledig plats',
			'Verkställt',
			'2024-02-15'
		]
	];
	return csv(rows);
}

export const OWN_FILES: OwnFile[] = [
	{ name: 'umea-huvudbok-2024.csv', text: ledger(), formatKey: 'ledger' },
	{ name: 'umea-sjukfranvaro-timmar-2024.csv', text: sickHours(), formatKey: 'hr_sick_hours' },
	{ name: 'umea-personal-2024.csv', text: staffing(), formatKey: 'staffing' },
	{ name: 'umea-senior-alert-2024.csv', text: seniorAlert(), formatKey: 'senior_alert' },
	{ name: 'umea-ej-verkstallda-beslut-2024.csv', text: evb(), formatKey: 'ivo_evb' }
];
