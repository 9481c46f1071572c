import { toRows } from '$lib/queries/sql';
import type { FieldSpec, ImportContext, ImportFormat, ImportResult, MappedRow } from '../format';
import { parseDate, parseNumber, parseQuarterEnd, parseSex } from '../cells';
import { kpiRow, Problems, provenanceOf, rowKommun, summarise } from '../rows';
import { inputRelation } from '../sql-input';
import { evbAggregates } from './ivo-evb-sql';
import { KOMMUN } from './hr-sick-hours';

export const EVB_FIELDS: FieldSpec[] = [
	KOMMUN,
	{
		id: 'report',
		label: 'Rapportperiod',
		required: true,
		kind: 'period',
		synonyms: [
			'rapportperiod',
			'kvartal',
			'rapportdatum',
			'rapporteringsperiod',
			'rapporterat',
			'period',
			'quarter',
			'report date'
		],
		help: 'Kvartalet som rapporterades till IVO, t.ex. 2024 kv 1, 2024-Q1 eller 2024-03-31.'
	},
	{
		id: 'decision_date',
		label: 'Beslutsdatum',
		required: true,
		kind: 'date',
		synonyms: ['beslutsdatum', 'datum for beslut', 'beslut datum', 'beslut', 'decision date']
	},
	{
		id: 'law',
		label: 'Lagrum',
		required: true,
		kind: 'text',
		synonyms: ['lagrum', 'lag', 'sol lss', 'lagstiftning', 'law'],
		help: 'SoL eller LSS (paragrafen får stå med, t.ex. LSS 9 § 9).'
	},
	{
		id: 'insats',
		label: 'Typ av insats',
		required: true,
		kind: 'text',
		synonyms: ['typ av insats', 'insats', 'insatstyp', 'bistand', 'type of service', 'service']
	},
	{ id: 'sex', label: 'Kön', required: false, kind: 'sex', synonyms: ['kon', 'sex', 'gender'] },
	{
		id: 'days',
		label: 'Dagar sedan beslut',
		required: false,
		kind: 'number',
		synonyms: ['dagar sedan beslut', 'antal dagar', 'dagar', 'vantetid', 'vantetid dagar', 'days waited', 'days'],
		help: 'Utan kolumnen räknas dagarna från beslutsdatum till verkställighet/avbrott eller rapportdatum.'
	},
	{
		id: 'reason',
		label: 'Skäl',
		required: false,
		kind: 'text',
		synonyms: ['skal', 'orsak', 'anledning', 'skal till dröjsmal', 'reason']
	},
	{
		id: 'status',
		label: 'Status',
		required: false,
		kind: 'text',
		synonyms: ['status', 'verkstallt', 'utfall', 'verkstallt avbrutet', 'outcome'],
		help: 'Ej verkställt, verkställt eller avbrutet; tomt = ej verkställt.'
	},
	{
		id: 'status_date',
		label: 'Datum verkställt/avbrutet',
		required: false,
		kind: 'date',
		synonyms: [
			'datum verkstallt',
			'verkstallighetsdatum',
			'verkstallt datum',
			'avbrutet datum',
			'datum for verkstallighet',
			'status date'
		]
	}
];

function parseStatus(raw: string | undefined): 'open' | 'executed' | 'cancelled' | null {
	const s = (raw ?? '').trim().toLowerCase();
	if (s === '' || /^(ej|inte|ej verk|nej|open|not)/.test(s)) return 'open';
	if (/avbru|avsluta|återta|atertag|cancel|kommer inte/.test(s)) return 'cancelled';
	if (/verkst|^ja$|execut|done/.test(s)) return 'executed';
	return null;
}

function parseLaw(raw: string | undefined): 'SoL' | 'LSS' | null {
	const s = (raw ?? '').toLowerCase();
	if (/\blss\b|lss/.test(s)) return 'LSS';
	if (/\bsol\b|socialtjänstlag/.test(s)) return 'SoL';
	return null;
}

async function transform(rows: MappedRow[], ctx: ImportContext): Promise<ImportResult> {
	const problems = new Problems(EVB_FIELDS);
	if (!ctx.runner)
		return { tables: [], problems: [{ row: 1, column: 'fil', reason: 'databasen är inte startad' }], summary: [] };
	const names = [
		'kommun',
		'report',
		'decision',
		'law',
		'insats',
		'sex',
		'days',
		'reason',
		'status',
		'status_date',
		'row'
	] as const;
	const cols = Object.fromEntries(names.map((n) => [n, [] as (string | number | null)[]])) as Record<
		(typeof names)[number],
		(string | number | null)[]
	>;
	for (const r of rows) {
		const k = rowKommun(r, ctx, problems);
		const report = parseQuarterEnd(r.cells.report);
		if (!report)
			problems.add(r.row, 'report', `"${r.cells.report ?? ''}" är inget kvartal eller datum (t.ex. 2024 kv 1)`);
		const decision = parseDate(r.cells.decision_date);
		if (!decision) problems.add(r.row, 'decision_date', `"${r.cells.decision_date ?? ''}" är inget datum (ÅÅÅÅ-MM-DD)`);
		else if (report && decision > report) problems.add(r.row, 'decision_date', 'beslutet är fattat efter rapportdatum');
		const law = parseLaw(r.cells.law);
		if (!law) problems.add(r.row, 'law', `"${r.cells.law ?? ''}" är varken SoL eller LSS`);
		const insats = (r.cells.insats ?? '').trim();
		if (!insats) problems.add(r.row, 'insats', 'värde saknas');
		const sex = parseSex(r.cells.sex);
		if (sex === null) problems.add(r.row, 'sex', `"${r.cells.sex}" är inget kön (K eller M)`);
		const status = parseStatus(r.cells.status);
		if (!status) problems.add(r.row, 'status', `"${r.cells.status}": skriv ej verkställt, verkställt eller avbrutet`);
		const daysRaw = (r.cells.days ?? '').trim();
		const days = daysRaw === '' ? null : parseNumber(daysRaw);
		if (daysRaw !== '' && (days === null || days < 0)) problems.add(r.row, 'days', `"${daysRaw}" är inget antal dagar`);
		const statusDateRaw = (r.cells.status_date ?? '').trim();
		const statusDate = statusDateRaw === '' ? null : parseDate(statusDateRaw);
		if (statusDateRaw !== '' && !statusDate) problems.add(r.row, 'status_date', `"${statusDateRaw}" är inget datum`);
		const bad = !k || !report || !decision || decision > report || !law || !insats || sex === null || !status;
		if (bad || (daysRaw !== '' && (days === null || days < 0)) || (statusDateRaw !== '' && !statusDate)) continue;
		const values = [
			k,
			report,
			decision,
			law,
			insats,
			sex === 'T' ? null : sex,
			days,
			(r.cells.reason ?? '').trim() || null,
			status,
			statusDate,
			r.row
		];
		names.forEach((n, i) => cols[n].push(values[i] ?? null));
	}
	if (cols.row.length === 0) return { tables: [], problems: problems.list, summary: ['Inga rader att läsa in.'] };
	const type = { report: 'DATE', decision: 'DATE', status_date: 'DATE', days: 'DOUBLE', row: 'INTEGER' } as const;
	const input = inputRelation(
		Object.fromEntries(names.map((n) => [n, { type: type[n as keyof typeof type] ?? 'VARCHAR', values: cols[n] }]))
	);
	const agg = toRows(await ctx.runner.run(evbAggregates(input)));
	const UNITS: Record<string, string> = { evb_days_waited: 'dagar', evb_days_waited_mean: 'dagar' };
	const out = agg.map((a) =>
		kpiRow(provenanceOf(ctx, { first: a.first, count: a.rows }), { ...a, unit: UNITS[a.measure] ?? 'antal' })
	);
	return {
		tables: out.length ? [{ table: 'caseload', rows: out }] : [],
		problems: problems.list,
		summary: summarise(out, 'siffror om ej verkställda beslut')
	};
}

const TEMPLATE = `Rapportperiod;Beslutsdatum;Lagrum;Typ av insats;Kön;Dagar sedan beslut;Skäl;Status;Datum verkställt/avbrutet
2024 kv 1;2023-10-12;SoL;EXEMPEL Särskilt boende;K;171;Resursbrist, ingen ledig plats;Ej verkställt;
2024 kv 1;2023-09-04;LSS 9 § 4;EXEMPEL Kontaktperson;M;;Ingen lämplig kontaktperson;Verkställt;2024-02-15
2024 kv 1;2023-11-20;SoL;EXEMPEL Kontaktfamilj;K;;Den enskilde har tackat nej;Avbrutet;2024-03-01
`;

const GUIDE = `Ej verkställda beslut som de rapporteras till IVO varje kvartal: en rad per beslut och rapportperiod med beslutsdatum, lagrum (SoL eller LSS), typ av insats, kön, antal dagar sedan beslutet, skäl till dröjsmålet och status (ej verkställt, verkställt eller avbrutet, med datum). Raderna märkta EXEMPEL i mallen ska ersättas med era egna.

Tertial räknar per rapportdatum antalet beslut som fortfarande inte är verkställda och deras genomsnittliga väntetid, samt hur många som verkställts eller avbrutits – totalt, per lagrum, per typ av insats, per kön och per skäl. Varje beslut blir också en egen rad med sin väntetid, som i nämndernas egna rapporter. Saknas dagar räknas de från beslutsdatum till verkställighet/avbrott, annars till rapportdatum.`;

export const IVO_EVB: ImportFormat = {
	id: 'ivo_evb',
	label: 'Ej verkställda beslut (kvartalsrapport till IVO)',
	fields: EVB_FIELDS,
	templateCsv: TEMPLATE,
	guide: GUIDE,
	transform
};
