import { toRows, type Query } from '$lib/queries/sql';
import type {
	FieldSpec,
	ImportContext,
	ImportFormat,
	ImportResult,
	InputType,
	MappedRow,
	Pivot,
	PivotInput,
	RowProblem
} from '../format';
import { monthStart, parseAgeBand, parseNumber, parseSex } from '../cells';
import { kpiRow, Problems, provenanceOf, rowKommun, rowMonth, summarise } from '../rows';
import { inputRelation } from '../sql-input';
import { sickLeaveAggregates, type SickLeaveAggRow } from './hr-sick-hours-sql';
import { HR_GUIDE, HR_TEMPLATE } from './hr-text';

const KOMMUN: FieldSpec = {
	id: 'kommun',
	label: 'Kommunkod',
	required: false,
	kind: 'kommun',
	synonyms: ['kommun', 'kommunkod', 'municipality'],
	help: 'Behövs bara om filen har flera kommuner.'
};
const MONTH: FieldSpec = {
	id: 'period',
	label: 'Månad',
	required: true,
	kind: 'period',
	synonyms: ['period', 'manad', 'ar manad', 'armanad', 'lonemanad', 'month'],
	help: 'T.ex. 2024-03, 202403 eller mar 2024.'
};
const UNIT: FieldSpec = {
	id: 'enhet',
	label: 'Enhet',
	required: false,
	kind: 'text',
	synonyms: ['enhet', 'ansvar', 'arbetsplats', 'organisation', 'avdelning', 'kostnadsstalle', 'unit', 'department'],
	help: 'Enheten (arbetsplats, ansvar); utan den blir det bara nämndens siffror.'
};

export const HR_FIELDS: FieldSpec[] = [
	KOMMUN,
	MONTH,
	UNIT,
	{
		id: 'sex',
		label: 'Kön',
		required: false,
		kind: 'sex',
		synonyms: ['kon', 'sex', 'gender'],
		help: 'K/M (kvinna/man).'
	},
	{
		id: 'age_band',
		label: 'Åldersgrupp',
		required: false,
		kind: 'age_band',
		synonyms: ['alder', 'aldersgrupp', 'aldersintervall', 'age', 'age band', 'age group'],
		help: 'T.ex. -29, 30-49, 50-.'
	},
	{
		id: 'sick_hours',
		label: 'Sjukfrånvarotimmar',
		required: true,
		kind: 'number',
		synonyms: [
			'sjukfranvarotimmar',
			'sjukfranvaro timmar',
			'sjuktimmar',
			'sjukfranvaro',
			'sjukfranvaro totalt',
			'sick hours',
			'sick leave hours'
		],
		help: 'All sjukfrånvaro i timmar under månaden.'
	},
	{
		id: 'sick_hours_1_14',
		label: 'Sjukfrånvaro dag 1–14 (timmar)',
		required: false,
		kind: 'number',
		synonyms: [
			'sjukfranvaro dag 1 14',
			'dag 1 14',
			'korttidssjukfranvaro',
			'sjuk dag 1 14',
			'short term sick hours',
			'sick hours day 1 14'
		]
	},
	{
		id: 'sick_hours_over59',
		label: 'Sjukfrånvaro över 59 dagar (timmar)',
		required: false,
		kind: 'number',
		synonyms: [
			'sjukfranvaro over 59 dagar',
			'over 59 dagar',
			'dag 60',
			'langtidssjukfranvaro',
			'sjuk 60 dagar',
			'sick hours over 59 days',
			'long term sick hours'
		]
	},
	{
		id: 'scheduled_hours',
		label: 'Ordinarie arbetstid (timmar)',
		required: true,
		kind: 'number',
		synonyms: [
			'ordinarie arbetstid',
			'ordinarie arbetstid timmar',
			'tillganglig tid',
			'tillganglig arbetstid',
			'schemalagd tid',
			'planerad arbetstid',
			'scheduled hours',
			'contracted hours'
		],
		help: 'Sammanlagd ordinarie (schemalagd) arbetstid i timmar.'
	},
	{
		id: 'employees',
		label: 'Antal anställda',
		required: false,
		kind: 'number',
		synonyms: ['antal anstallda', 'anstallda', 'antal', 'personer', 'headcount', 'employees'],
		help: 'Gruppens storlek; grupper med högst 10 anställda visas inte.'
	}
];

const MEASURE_HOURS = ['sick_hours', 'sick_hours_1_14', 'sick_hours_over59', 'scheduled_hours', 'employees'] as const;

/** Per row: kommun, month, sex, age band and hours checked; the rows that pass as typed columns. */
function input(rows: MappedRow[], ctx: ImportContext): PivotInput {
	const problems = new Problems(HR_FIELDS);
	const cols = {
		kommun: [],
		month: [],
		unit: [],
		sex: [],
		age: [],
		sick: [],
		s14: [],
		s59: [],
		sched: [],
		emp: [],
		row: []
	} as Record<string, (string | number | null)[]>;
	for (const r of rows) {
		const k = rowKommun(r, ctx, problems);
		const m = rowMonth(r, 'period', problems);
		const sex = parseSex(r.cells.sex);
		if (sex === null) problems.add(r.row, 'sex', `"${r.cells.sex}" är inget kön (K eller M)`);
		const v: Record<string, number | null> = {};
		let ok = !!k && !!m && sex !== null;
		for (const f of MEASURE_HOURS) {
			const raw = (r.cells[f] ?? '').trim();
			v[f] = raw === '' ? null : parseNumber(raw);
			const required = f === 'sick_hours' || f === 'scheduled_hours';
			if ((raw !== '' && v[f] === null) || (v[f] ?? 0) < 0) {
				problems.add(r.row, f, `"${raw}" är inget antal timmar`);
				ok = false;
			} else if (required && v[f] === null) {
				problems.add(r.row, f, 'värde saknas');
				ok = false;
			}
		}
		if (ok && v.sick_hours! > v.scheduled_hours!) {
			problems.add(r.row, 'sick_hours', 'fler sjuktimmar än ordinarie arbetstid');
			ok = false;
		}
		for (const part of ['sick_hours_1_14', 'sick_hours_over59'] as const)
			if (ok && (v[part] ?? 0) > v.sick_hours!) {
				problems.add(r.row, part, 'större än all sjukfrånvaro');
				ok = false;
			}
		if (!ok) continue;
		cols.kommun!.push(k);
		cols.month!.push(monthStart(m!));
		cols.unit!.push((r.cells.enhet ?? '').trim() || null);
		cols.sex!.push(sex === 'T' ? null : sex);
		cols.age!.push(parseAgeBand(r.cells.age_band));
		cols.sick!.push(v.sick_hours!);
		cols.s14!.push(v.sick_hours_1_14 ?? null);
		cols.s59!.push(v.sick_hours_over59 ?? null);
		cols.sched!.push(v.scheduled_hours!);
		cols.emp!.push(v.employees ?? null);
		cols.row!.push(r.row);
	}
	const T = (type: InputType, values: (string | number | null)[]) => ({ type, values });
	return {
		columns: {
			kommun: T('VARCHAR', cols.kommun!),
			month: T('DATE', cols.month!),
			unit: T('VARCHAR', cols.unit!),
			sex: T('VARCHAR', cols.sex!),
			age: T('VARCHAR', cols.age!),
			sick: T('DOUBLE', cols.sick!),
			s14: T('DOUBLE', cols.s14!),
			s59: T('DOUBLE', cols.s59!),
			sched: T('DOUBLE', cols.sched!),
			emp: T('DOUBLE', cols.emp!),
			row: T('INTEGER', cols.row!)
		},
		rows: cols.row!.length,
		problems: problems.list
	};
}

/** The sums (percentages per level and period) → sick-leave rows citing the rows they sum. */
function finish(agg: Record<string, unknown>[], ctx: ImportContext, problems: RowProblem[]): ImportResult {
	const out = (agg as SickLeaveAggRow[]).map((a) =>
		kpiRow(provenanceOf(ctx, { first: a.first, count: a.rows }), {
			...a,
			unit: '%',
			note: 'Beräknad ur timmar: Σ sjukfrånvarotimmar / Σ ordinarie arbetstid (n = största antalet anställda en månad)'
		})
	);
	return {
		tables: out.length ? [{ table: 'sick_leave', rows: out }] : [],
		problems,
		summary: summarise(out, 'sjukfrånvarosiffror')
	};
}

const PIVOT: Pivot = {
	input,
	query: (i) => sickLeaveAggregates(i) as Query<Record<string, unknown>>,
	finish
};

/** On the page or in Node (tests): the same three steps, the input handed to DuckDB as bound parameters. */
async function transform(rows: MappedRow[], ctx: ImportContext): Promise<ImportResult> {
	if (!ctx.runner)
		return { tables: [], problems: [{ row: 1, column: 'fil', reason: 'databasen är inte startad' }], summary: [] };
	const i = input(rows, ctx);
	if (i.rows === 0) return { tables: [], problems: i.problems, summary: ['Inga rader att läsa in.'] };
	const agg = toRows(await ctx.runner.run(PIVOT.query(inputRelation(i.columns))));
	return finish(agg, ctx, i.problems);
}

export const HR_SICK_HOURS: ImportFormat = {
	id: 'hr_sick_hours',
	label: 'Sjukfrånvaro i timmar (HR-systemet)',
	fields: HR_FIELDS,
	templateCsv: HR_TEMPLATE,
	guide: HR_GUIDE,
	transform,
	pivot: PIVOT
};

export { KOMMUN, MONTH, UNIT };
