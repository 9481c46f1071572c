import type { FieldSpec, ImportFormat } from '../format';
import { KOMMUN, MONTH, UNIT } from './hr-sick-hours';
import { MEASURE_UNITS, transformMonthly } from './monthly-kpi';
import { staffingAggregates } from './staffing-sql';

export const STAFFING_FIELDS: FieldSpec[] = [
	KOMMUN,
	MONTH,
	UNIT,
	{
		id: 'sex',
		label: 'Kön',
		required: false,
		kind: 'sex',
		synonyms: ['kon', 'sex', 'gender'],
		help: 'K/M; utan kolumnen blir det inga siffror per kön.'
	},
	{
		id: 'headcount',
		label: 'Antal anställda',
		required: true,
		kind: 'number',
		synonyms: ['antal anstallda', 'anstallda', 'antal personer', 'personer', 'headcount', 'employees'],
		help: 'Månadsavlönade anställda vid månadens slut.'
	},
	{
		id: 'fte',
		label: 'Årsarbetare',
		required: false,
		kind: 'number',
		synonyms: ['arsarbetare', 'antal arsarbetare', 'heltidsekvivalenter', 'fte', 'full time equivalents']
	},
	{
		id: 'full_time',
		label: 'Antal heltidsanställda',
		required: false,
		kind: 'number',
		synonyms: ['heltid', 'heltidsanstallda', 'antal heltid', 'full time', 'full time employees']
	},
	{
		id: 'part_time',
		label: 'Antal deltidsanställda',
		required: false,
		kind: 'number',
		synonyms: ['deltid', 'deltidsanstallda', 'antal deltid', 'part time', 'part time employees']
	},
	{
		id: 'hourly_hours',
		label: 'Timavlönades timmar',
		required: false,
		kind: 'number',
		synonyms: [
			'timavlonade timmar',
			'timavlonades timmar',
			'timanstalldas timmar',
			'timmar timavlonade',
			'hourly paid hours',
			'timavlonade'
		]
	},
	{
		id: 'worked_hours',
		label: 'Arbetad tid totalt (timmar)',
		required: false,
		kind: 'number',
		synonyms: ['arbetad tid', 'arbetade timmar', 'total arbetad tid', 'worked hours', 'hours worked'],
		help: 'Behövs för timavlönades andel av arbetad tid.'
	},
	{
		id: 'starters',
		label: 'Nyanställda',
		required: false,
		kind: 'number',
		synonyms: ['nyanstallda', 'nyanstallningar', 'borjat', 'tillkomna', 'starters', 'new hires']
	},
	{
		id: 'leavers',
		label: 'Avgångar',
		required: false,
		kind: 'number',
		synonyms: ['avgangar', 'avslutade', 'slutat', 'avgangna', 'leavers', 'terminations']
	}
];

const TEMPLATE = `Månad;Enhet;Kön;Antal anställda;Årsarbetare;Antal heltidsanställda;Antal deltidsanställda;Timavlönades timmar;Arbetad tid totalt;Nyanställda;Avgångar
2024-01;EXEMPEL Hemtjänst Norr;K;34;30,5;22;12;310,0;5120,0;1;0
2024-01;EXEMPEL Hemtjänst Norr;M;11;10,0;8;3;95,5;1610,0;0;1
2024-01;EXEMPEL Ekbackens vård- och omsorgsboende;K;45;39,8;25;20;520,0;6710,0;2;1
`;

const GUIDE = `Personal ur HR-/lönesystemet: en rad per månad och enhet (gärna också per kön) med antal anställda, årsarbetare, antal hel- och deltidsanställda, timavlönades timmar, arbetad tid totalt, nyanställda och avgångar. Bara antal anställda krävs. Raderna märkta EXEMPEL i mallen ska ersättas med era egna.

Tertial räknar fram siffrorna per enhet, för nämnden och per kön, för varje månad, tertial och helår: antal anställda och andelen heltidsanställda som vid periodens sista månad, årsarbetare som medelvärdet av månaderna, nyanställda, avgångar och timavlönades timmar som summor, timavlönades andel som summan av deras timmar delad med all arbetad tid, och personalomsättning som avgångar delat med det genomsnittliga antalet anställda. Grupper med högst 10 anställda visas inte.`;

export const STAFFING: ImportFormat = {
	id: 'staffing',
	label: 'Personal och bemanning (HR-systemet)',
	fields: STAFFING_FIELDS,
	templateCsv: TEMPLATE,
	guide: GUIDE,
	transform: (rows, ctx) =>
		transformMonthly(
			{
				fields: STAFFING_FIELDS,
				table: 'staffing',
				numbers: {
					headcount: 'hc',
					fte: 'fte',
					full_time: 'ft',
					part_time: 'pt',
					hourly_hours: 'hourly',
					worked_hours: 'worked',
					starters: 'starters',
					leavers: 'leavers'
				},
				check: (v) =>
					v.full_time != null && v.part_time != null && v.full_time + v.part_time > v.headcount! + 0.5
						? ['full_time', 'fler hel- och deltidsanställda än anställda']
						: null,
				query: staffingAggregates,
				units: MEASURE_UNITS,
				what: 'personalsiffror'
			},
			rows,
			ctx
		)
};
