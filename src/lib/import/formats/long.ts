import { sql, toRows } from '$lib/queries/sql';
import { BudgetSourceRow, toBudgetRow } from '$lib/schema/budget-row';
import { COLUMNS } from '$lib/schema/columns';
import { KPI_TABLES, type KpiTable, type TableName } from '$lib/schema/extracts';
import type { FieldSpec, ImportContext, ImportFormat, ImportResult, MappedRow } from '../format';
import { parseDate, parseKommun, parseNumber, quoteOf } from '../cells';
import { Problems, summarise } from '../rows';

/** Our own columns (data/README.md), minus provenance: a user's file never supplies source/line/quote. */
const OWN = new Set(['source', 'line', 'quote', 'amount_tkr']);
const KPI_COLS = Object.keys(COLUMNS.staffing).filter((c) => !OWN.has(c));
const BUDGET_COLS = Object.keys(COLUMNS.budget).filter((c) => !OWN.has(c) && !KPI_COLS.includes(c));
const REQUIRED = new Set(['period_start', 'period_end', 'value']);
const NUMERIC = new Set(['value', 'n', 'sign']);

export const LONG_FIELDS: FieldSpec[] = [
	{
		id: 'extract',
		label: 'Extrakt',
		required: false,
		kind: 'text',
		synonyms: ['extract', 'extrakt', 'tabell', 'table'],
		help: 'staffing, sick_leave, senior_alert, caseload eller budget; annars avgörs det av måttets område.'
	},
	...[...KPI_COLS, ...BUDGET_COLS].map((c): FieldSpec => ({
		id: c,
		label: c,
		required: REQUIRED.has(c),
		kind:
			c === 'kommun'
				? 'kommun'
				: c.startsWith('period_') && c !== 'period_kind' && c !== 'period_label'
					? 'date'
					: NUMERIC.has(c)
						? 'number'
						: c === 'sex'
							? 'sex'
							: c === 'age_band'
								? 'age_band'
								: 'text',
		synonyms: [c, c.replaceAll('_', ' ')]
	}))
];

async function domains(ctx: ImportContext): Promise<Map<string, string>> {
	if (!ctx.runner) return new Map();
	const rows = toRows(
		await ctx.runner.run<{ measure: string; domain: string }>({
			purpose: 'måttens områden',
			sql: sql`SELECT measure, domain FROM measures`,
			columns: ['measure', 'domain']
		})
	);
	return new Map(rows.map((r) => [r.measure, r.domain]));
}

async function transform(rows: MappedRow[], ctx: ImportContext): Promise<ImportResult> {
	const problems = new Problems(LONG_FIELDS);
	const domainOf = await domains(ctx);
	const tables = new Map<TableName, Record<string, unknown>[]>();
	for (const r of rows) {
		const c = r.cells;
		const isBudget = (c.extract ?? '').trim() === 'budget' || !!c.budget_line?.trim();
		const named = (c.extract ?? '').trim();
		const table: TableName | null = isBudget
			? 'budget'
			: (KPI_TABLES as readonly string[]).includes(named)
				? (named as KpiTable)
				: (KPI_TABLES as readonly string[]).includes(domainOf.get((c.measure ?? '').trim()) ?? '')
					? (domainOf.get(c.measure!.trim()) as KpiTable)
					: null;
		if (!table) {
			problems.add(
				r.row,
				named ? 'extract' : 'measure',
				named ? `okänt extrakt "${named}"` : `okänt mått "${c.measure ?? ''}"`
			);
			continue;
		}
		const out: Record<string, unknown> = { source: `user:${ctx.file}`, line: r.row, quote: quoteOf(c) };
		let ok = true;
		for (const col of table === 'budget'
			? [...KPI_COLS, ...BUDGET_COLS].filter((x) => x in COLUMNS.budget)
			: KPI_COLS) {
			const raw = (c[col] ?? '').trim();
			if (col === 'kommun') out[col] = parseKommun(raw || ctx.kommun) ?? raw;
			else if (NUMERIC.has(col)) out[col] = raw === '' ? '' : (parseNumber(raw) ?? raw);
			else if (col === 'period_start' || col === 'period_end') out[col] = parseDate(raw) ?? raw;
			else out[col] = raw;
			if (REQUIRED.has(col) && raw === '') {
				problems.add(r.row, col, 'värde saknas');
				ok = false;
			}
		}
		if (!ok) continue;
		let row = out;
		if (table === 'budget') {
			const parsed = BudgetSourceRow.safeParse(out);
			if (!parsed.success) {
				for (const i of parsed.error.issues) problems.add(r.row, String(i.path[0] ?? ''), i.message);
				continue;
			}
			row = toBudgetRow(parsed.data);
		}
		(tables.get(table) ?? tables.set(table, []).get(table)!).push(row);
	}
	return {
		tables: [...tables].map(([table, rows]) => ({ table, rows })),
		problems: problems.list,
		summary: [...tables].flatMap(([table, rows]) => summarise(rows, `rader i ${table}`))
	};
}

const TEMPLATE = `kommun;period_start;period_end;period_kind;period_label;measure;sex;unit_area;value;unit;n
EXEMPEL;2024-01-01;2024-01-31;month;jan 2024;sick_leave_total_pct;K;Hemtjänst Norr;6,8;%;24
EXEMPEL;2024-01-01;2024-04-30;tertial;T1 2024;staff_headcount;T;;312;antal;312
`;

const GUIDE = `Tertials eget långa format: en siffra per rad med kolumnerna i data/README.md (kommun, period_start, period_end, period_kind, period_label, measure, value_kind, sex, age_band, unit_area, item, detail, value, unit, n, note; för budget även report_id, report_label, area_label, area_std, budget_line, amount_kind och sign). Måttets id avgör extraktet, eller en kolumn extract. Källa, rad och citat sätts alltid av Tertial till er fil och radnummer. Ersätt EXEMPEL med kommunkoden.`;

export const LONG: ImportFormat = {
	id: 'long',
	label: 'Tertials långa format',
	fields: LONG_FIELDS,
	templateCsv: TEMPLATE,
	guide: GUIDE,
	transform
};
