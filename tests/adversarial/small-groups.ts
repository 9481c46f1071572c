import { utf8 } from './build-files';
import type { Case } from './cases';

/**
 * Small groups of every shape the issue names, as a user's files. Clearly synthetic: kommun 0881,
 * 2025, "Syntetisk enhet …" units or the committee as a whole, and values no real figure on screen
 * has (sick leave above 85 %), so a leak is visible as such. `hidden` lists the figures that must
 * appear nowhere — the small group itself and the figure that would let it be recomputed
 * (its complement, the jan–apr figure beside three of its months). The rows are valid: protection
 * happens where the views read them (src/lib/db/protect.ts), or the file is rejected. `shown` are
 * figures of the same files that must be seen: proof that the sweep reached each group's views.
 */
const H = 'kommun;period_start;period_end;period_kind;period_label;measure;sex;age_band;unit_area;value;n';
const month = (m: number) => {
	const mm = String(m).padStart(2, '0');
	const end = new Date(Date.UTC(2025, m, 0)).toISOString().slice(0, 10);
	const label = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug'][m - 1];
	return [`2025-${mm}-01`, end, 'month', `${label} 2025`];
};
type Row = { period: string[]; measure: string; sex?: string; age?: string; unit?: string; value: number; n: number };
const sv = (v: number) => String(v).replace('.', ',');
const long = (rows: Row[]) =>
	utf8(
		[
			H,
			...rows.map((r) =>
				['0881', ...r.period, r.measure, r.sex ?? 'T', r.age ?? '', r.unit ?? '', sv(r.value), String(r.n)].join(';')
			)
		].join('\n') + '\n'
	);
const sum = (rows: Row[]) => Math.round(rows.reduce((s, r) => s + r.value, 0) * 100) / 100;
const accepted = (rows: Row[]) => ({ outcome: 'accepted' as const, rows: rows.length, sum: sum(rows) });

const SL = 'sick_leave_total_pct';
/** A unit of 8, three months. */
const unit8: Row[] = [91.17, 92.38, 93.59].map((value, i) => ({
	period: month(i + 1),
	measure: SL,
	unit: 'Syntetisk enhet liten',
	value,
	n: 8
}));
/** The committee's men n = 8 beside women n = 30: the women's figure is the complement. */
const D14 = 'sick_leave_day1_14_pct';
const sexes: Row[] = [
	{ period: month(5), measure: D14, sex: 'T', value: 95.17, n: 38 },
	{ period: month(5), measure: D14, sex: 'K', value: 95.26, n: 30 },
	{ period: month(5), measure: D14, sex: 'M', value: 94.83, n: 8 }
];
/** Men in March n = 8, beside jan, feb, apr and jan–apr: March = 4 × jan–apr − the three others. */
const JAN_APR = ['2025-01-01', '2025-04-30', 'tertial', 'jan–apr 2025'];
const overTime: Row[] = [
	...[96.12, 96.34, 97.58, 96.78].map((value, i) => ({
		period: month(i + 1),
		measure: SL,
		sex: 'M',
		value,
		n: i === 2 ? 8 : 12
	})),
	{ period: JAN_APR, measure: SL, sex: 'M', value: 96.71, n: 12 }
];
/** A whole committee of 9 in June, after a committee of 40 in May (Rapport's latest figure). */
const O59 = 'sick_leave_over59_share_pct';
const committee9: Row[] = [
	{ period: month(5), measure: O59, value: 81.25, n: 40 },
	{ period: month(6), measure: O59, value: 88.46, n: 9 }
];
/** Age bands: under 30 n = 6 beside 30–49 n = 24 and 50– n = 20 (the smallest shown is the complement). */
const ages: Row[] = [
	{ period: month(8), measure: SL, value: 89.93, n: 50 },
	{ period: month(8), measure: SL, age: '-29', value: 87.64, n: 6 },
	{ period: month(8), measure: SL, age: '30-49', value: 90.15, n: 24 },
	{ period: month(8), measure: SL, age: '50-', value: 90.37, n: 20 }
];
/** Share employed full time by sex: 6 of 7 men, 34 of 38 women, 40 of 45 in all — men = all − women, so women are hidden too. */
const FULL = 'full_time_share_pct';
const staffing: Row[] = [
	{ period: month(4), measure: FULL, sex: 'T', value: 88.89, n: 45 },
	{ period: month(4), measure: FULL, sex: 'K', value: 89.47, n: 38 },
	{ period: month(4), measure: FULL, sex: 'M', value: 85.71, n: 7 }
];
/** The HR system's sick hours for July: a unit of 8 (1 148 h of 1 250 = 91,84 %) beside one of 30 (4 513 of 5 000 = 90,26 %): the larger unit is the complement. */
const hrHours = utf8(
	[
		'Kommun;Månad;Enhet;Sjukfrånvarotimmar;Ordinarie arbetstid;Antal anställda',
		'0881;2025-07;Syntetisk enhet HR liten;1148;1250;8',
		'0881;2025-07;Syntetisk enhet HR stor;4513;5000;30'
	].join('\r\n') + '\r\n'
);
const wrong: Row[] = [{ period: month(3), measure: SL, unit: 'Syntetisk enhet fel extrakt', value: 98.37, n: 8 }];

export type SmallGroupCase = Case & { hidden: number[]; shape: string; shown: number[] };

export function smallGroupCases(): SmallGroupCase[] {
	const c = (
		id: string,
		file: string,
		bytes: Uint8Array,
		expect: Case['expect'],
		why: string,
		hidden: number[],
		shape: string,
		shown: number[] = [],
		formatKey = 'long:sick_leave'
	): SmallGroupCase => ({ id, file, bytes, expect, why, formatKey, hidden, shape, shown });
	return [
		c(
			'small-group',
			'sjuk-liten-grupp.csv',
			long(unit8),
			accepted(unit8),
			'grupp med 8 anställda',
			[91.17, 92.38, 93.59],
			'en enhet med 8 anställda'
		),
		c(
			'small-sex-complement',
			'sjuk-man-8.csv',
			long(sexes),
			accepted(sexes),
			'män n = 8 bredvid kvinnor n = 30',
			[94.83, 95.26],
			'män n = 8 bredvid kvinnor n = 30 (komplementet)',
			[95.17]
		),
		c(
			'small-month-of-four',
			'sjuk-mars-8.csv',
			long(overTime),
			accepted(overTime),
			'mars n = 8 bredvid jan, feb, apr och jan–apr',
			[97.58, 96.71],
			'en månad av fyra med n = 8 (jan–apr bredvid tre månader)',
			[96.12, 96.34, 96.78]
		),
		c(
			'small-committee',
			'sjuk-namnd-9.csv',
			long(committee9),
			accepted(committee9),
			'hela nämnden har 9 anställda i juni',
			[88.46],
			'hela nämnden n = 9',
			[81.25]
		),
		c(
			'small-age-band',
			'sjuk-under-30.csv',
			long(ages),
			accepted(ages),
			'under 30 år n = 6',
			[87.64, 90.37],
			'åldersgrupp n = 6 (och den minsta andra gruppen)',
			[89.93, 90.15]
		),
		c(
			'small-staffing',
			'personal-man-7.csv',
			long(staffing),
			accepted(staffing),
			'andel heltid för 7 män bredvid alla och kvinnor',
			[85.71, 89.47],
			'personalextraktet: män n = 7',
			[88.89],
			'long:staffing'
		),
		c(
			'small-hr-hours',
			'hr-sjuktimmar-liten.csv',
			hrHours,
			// Three figures of total sick leave from two rows: each unit and the committee (5 661 h of 6 250 = 90,58 %).
			{ outcome: 'accepted', rows: 3, sum: 91.84 + 90.26 + 90.58 },
			'HR-systemets sjuktimmar: en enhet med 8 bredvid en med 30',
			[91.84, 90.26],
			'HR-systemets timmar: enhet n = 8 bredvid n = 30',
			[90.576],
			'hr_sick_hours'
		),
		c(
			'small-as-caseload',
			'sjuk-liten-som-arenden.csv',
			long(wrong),
			{ outcome: 'rejected', row: 2, column: 'measure', reason: 'hör till Sjukfrånvaro' },
			'liten grupp inläst som ärenden',
			[98.37],
			'fel extrakt valt: sjukfrånvaro som ärenden',
			[],
			'long:caseload'
		),
		c(
			'small-as-staffing',
			'sjuk-liten-som-personal.csv',
			long(wrong),
			{ outcome: 'rejected', row: 2, column: 'measure', reason: 'hör till Sjukfrånvaro' },
			'liten grupp inläst som personal',
			[98.37],
			'fel extrakt valt: sjukfrånvaro som personal',
			[],
			'long:staffing'
		)
	];
}

/** The views swept: every view, and Jämför with each small group's measure, sex and unit (and two more, below). */
const J = (q: string) => `/jamfor/?kommuner=0881&${q}`;
export const SWEEP_PATHS = [
	'/',
	'/ekonomi/',
	'/personal/?kommun=0881',
	`/personal/?kommun=0881&matt=${D14}`,
	`/personal/?kommun=0881&matt=${O59}`,
	'/rapport/?kommun=0881',
	J(`matt=${SL}&enhet=Syntetisk+enhet+liten`),
	J(`matt=${D14}&kon=M`),
	J(`matt=${D14}&kon=K`),
	J(`matt=${SL}&kon=M`),
	J(`matt=${O59}`),
	J(`matt=${SL}&alder=-29`),
	J(`matt=${SL}&alder=50-`),
	J(`matt=${FULL}&kon=M`),
	J(`matt=${FULL}&kon=K`),
	J(`matt=${SL}&enhet=Syntetisk+enhet+HR+liten`),
	J(`matt=${SL}&enhet=Syntetisk+enhet+HR+stor`),
	// Not small groups: formulas in period labels and notes (cases.ts) reach Jämför's CSV; a forged source its citations.
	J(`matt=${SL}&enhet=Syntetisk+enhet+formelperiod`),
	J(`matt=${SL}&enhet=Syntetisk+enhet+kalla`),
	'/data/'
];
