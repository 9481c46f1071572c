import type { TableName } from '$lib/schema/extracts';
import type { FieldSpec, ImportFormat, ImportResult, MappedRow, RowProblem } from './format';
import { cellDate, cellKommun, cellNumber, cellPeriod, cellSex } from './normalise';

/** Tertial's own long format (data/README.md): one figure per row, as the bundled extracts. */
export type LongTable = 'sick_leave' | 'staffing' | 'senior_alert' | 'caseload' | 'budget';
export const LONG_TABLES: readonly LongTable[] = ['sick_leave', 'staffing', 'senior_alert', 'caseload', 'budget'];
export const TABLE_LABEL: Record<LongTable, string> = {
	sick_leave: 'Sjukfrånvaro',
	staffing: 'Personal',
	senior_alert: 'Senior Alert och kvalitet',
	caseload: 'Ärenden och volymer',
	budget: 'Budget'
};

const f = (
	id: string,
	label: string,
	kind: FieldSpec['kind'],
	required: boolean,
	synonyms: string[] = [],
	help?: string
): FieldSpec => ({ id, label, kind, required, synonyms: [id, ...synonyms], help });

const PERIOD_FIELDS = [
	f(
		'period',
		'Period (månad)',
		'period',
		false,
		['månad', 'manad', 'month', 'period'],
		'T.ex. 2023-08, 202308 eller aug 2023.'
	),
	f('period_start', 'Periodens första dag', 'date', false, ['från', 'from', 'start']),
	f('period_end', 'Periodens sista dag', 'date', false, ['till', 'to', 'slut']),
	f('period_kind', 'Periodtyp', 'text', false),
	f('period_label', 'Periodens namn', 'text', false)
];

const KPI_FIELDS: FieldSpec[] = [
	f('kommun', 'Kommunkod', 'kommun', true, ['kommunkod', 'kod', 'municipality']),
	...PERIOD_FIELDS,
	f('measure', 'Mått-id', 'text', true, ['mått', 'matt', 'kpi', 'nyckeltal'], 'Id ur måttkatalogen nedan.'),
	f('value_kind', 'Utfall eller mål', 'text', false),
	f('sex', 'Kön', 'sex', false, ['kön', 'kon', 'gender']),
	f('age_band', 'Åldersgrupp', 'age_band', false, ['ålder', 'alder', 'age']),
	f('unit_area', 'Enhet', 'text', false, ['enhet', 'unit_name', 'verksamhet', 'område']),
	f('item', 'Post', 'text', false),
	f('detail', 'Detalj', 'text', false),
	f('value', 'Värde', 'number', true, ['värde', 'varde', 'utfall']),
	f('unit', 'Enhet för värdet', 'text', false, [], 'Tomt = måttets enhet ur katalogen.'),
	f('n', 'Antal (gruppstorlek)', 'number', false, ['antal', 'anställda', 'antal anställda']),
	f('note', 'Anmärkning', 'text', false, ['anmärkning', 'kommentar'])
];

const BUDGET_FIELDS: FieldSpec[] = [
	f('kommun', 'Kommunkod', 'kommun', true, ['kommunkod']),
	f('report_id', 'Rapport-id', 'text', true),
	f('report_label', 'Rapportens namn', 'text', true),
	...PERIOD_FIELDS,
	f('area_label', 'Verksamhet (som i filen)', 'text', true),
	f('area_std', 'Standardområde', 'text', true),
	f('parent_area_label', 'Överordnad verksamhet', 'text', false),
	f('budget_line', 'Budgetrad', 'text', true),
	f('amount_kind', 'Beloppstyp', 'text', true),
	f('value', 'Belopp', 'number', true),
	f('unit', 'Valuta (kr, tkr, mnkr)', 'text', true),
	f('sign', 'Tecken (1 eller -1)', 'number', true),
	f('note', 'Anmärkning', 'text', false)
];

const NUMBER_FIELDS = new Set(['value', 'n', 'sign']);

function transformRow(r: MappedRow, problems: RowProblem[]): Record<string, unknown> | null {
	const c = r.cells;
	const out: Record<string, unknown> = {};
	let ok = true;
	const bad = (column: string, reason: string) => {
		problems.push({ row: r.row, column, reason });
		ok = false;
	};
	for (const [k, v] of Object.entries(c)) {
		if (k === 'period' || k.startsWith('period_')) continue;
		if (NUMBER_FIELDS.has(k)) {
			const n = cellNumber(v);
			if (v.trim() !== '' && n == null) bad(k, `”${clip(v)}” är inget tal`);
			out[k] = n ?? '';
		} else if (k === 'kommun') out[k] = cellKommun(v);
		else if (k === 'sex') {
			const s = cellSex(v);
			if (s == null) bad(k, `”${clip(v)}” är inget kön (K, M eller T)`);
			out[k] = s ?? '';
		} else out[k] = v.trim();
	}
	if ((c.period_start ?? '').trim() !== '' || !c.period) {
		for (const k of ['period_start', 'period_end'] as const) {
			const d = cellDate(c[k] ?? '');
			if (d == null) bad(k, (c[k] ?? '').trim() === '' ? 'period saknas' : `”${clip(c[k]!)}” är inget datum som finns`);
			out[k] = d ?? '';
		}
		out.period_kind = (c.period_kind ?? '').trim() || 'month';
		out.period_label =
			(c.period_label ?? '').trim() ||
			(out.period_start && out.period_end ? `${out.period_start}–${out.period_end}` : '');
	} else {
		const p = cellPeriod(c.period);
		if (p == null) bad('period', `”${clip(c.period)}” är ingen period (skriv t.ex. 2023-08, 202308 eller aug 2023)`);
		else Object.assign(out, p);
	}
	out.line = r.row;
	return ok ? out : null;
}

const clip = (s: string) => (s.length > 40 ? s.slice(0, 40) + '…' : s);

export function longFormat(table: LongTable): ImportFormat & { table: LongTable } {
	const fields = table === 'budget' ? BUDGET_FIELDS : KPI_FIELDS;
	return {
		id: 'long',
		table,
		label: `Tertials långformat – ${TABLE_LABEL[table]}`,
		fields,
		templateCsv: fields.map((x) => x.id).join(';') + '\n',
		guide: 'En siffra per rad, med samma kolumner som de inbyggda extrakten (se data/README.md).',
		async transform(rows: MappedRow[]): Promise<ImportResult> {
			const problems: RowProblem[] = [];
			const out: Record<string, unknown>[] = [];
			for (const r of rows) {
				const row = transformRow(r, problems);
				if (row) out.push(row);
			}
			return { tables: [{ table: table as TableName, rows: out }], problems, summary: [] };
		}
	};
}
