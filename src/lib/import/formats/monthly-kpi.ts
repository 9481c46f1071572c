import { toRows, type Query, type Sql } from '$lib/queries/sql';
import type { FieldSpec, ImportContext, ImportResult, MappedRow } from '../format';
import type { TableName } from '$lib/schema/extracts';
import { monthStart, parseNumber, parseSex } from '../cells';
import { kpiRow, Problems, provenanceOf, rowKommun, rowMonth, summarise } from '../rows';
import { inputRelation } from '../sql-input';
import type { KpiAggRow } from './staffing-sql';

/** Units of the measures a monthly per-unit format produces. */
export const MEASURE_UNITS: Record<string, string> = {
	staff_headcount: 'antal',
	staff_fte: 'årsarbetare',
	full_time_share_pct: '%',
	hourly_paid_hours: 'timmar',
	hourly_paid_share_pct: '%',
	staff_starters_count: 'antal',
	staff_leavers_count: 'antal',
	staff_turnover_pct: '%'
};

export type MonthlySpec = {
	fields: FieldSpec[];
	table: TableName;
	/** Number field id → SQL column name (null: read and checked, but only used by `derive`). */
	numbers: Record<string, string | null>;
	/** Checks a row's numbers beyond "is a number ≥ 0"; returns [field, reason] or null. */
	check?: (v: Record<string, number | null>) => [string, string] | null;
	/** Further SQL columns computed from a row's numbers (e.g. a share × its base = a count). */
	derive?: (v: Record<string, number | null>) => Record<string, number | null>;
	query: (input: Sql) => Query<KpiAggRow>;
	units: Record<string, string>;
	what: string;
};

/**
 * The shared transform of monthly per-unit extracts (staffing, Senior Alert): read and check
 * each row, hand the columns to DuckDB, and turn the aggregates into long-format figures.
 */
export async function transformMonthly(
	spec: MonthlySpec,
	rows: MappedRow[],
	ctx: ImportContext
): Promise<ImportResult> {
	const problems = new Problems(spec.fields);
	if (!ctx.runner)
		return { tables: [], problems: [{ row: 1, column: 'fil', reason: 'databasen är inte startad' }], summary: [] };
	const base = ['kommun', 'month', 'unit', 'sex', 'row'];
	const cols: Record<string, (string | number | null)[]> = Object.fromEntries(
		[...base, ...Object.values(spec.numbers).filter((c) => c !== null), ...Object.keys(spec.derive?.({}) ?? {})].map(
			(c) => [c, []]
		)
	);
	for (const r of rows) {
		const k = rowKommun(r, ctx, problems);
		const m = rowMonth(r, 'period', problems);
		const sex = parseSex(r.cells.sex);
		if (sex === null) problems.add(r.row, 'sex', `"${r.cells.sex}" är inget kön (K eller M)`);
		let ok = !!k && !!m && sex !== null;
		const v: Record<string, number | null> = {};
		for (const f of Object.keys(spec.numbers)) {
			const raw = (r.cells[f] ?? '').trim();
			v[f] = raw === '' ? null : parseNumber(raw);
			const field = spec.fields.find((x) => x.id === f);
			if ((raw !== '' && v[f] === null) || (v[f] ?? 0) < 0) {
				problems.add(r.row, f, `"${raw}" är inget tal (0 eller mer)`);
				ok = false;
			} else if (field?.required && v[f] === null) {
				problems.add(r.row, f, 'värde saknas');
				ok = false;
			}
		}
		const bad = ok ? spec.check?.(v) : null;
		if (bad) {
			problems.add(r.row, bad[0], bad[1]);
			ok = false;
		}
		if (!ok) continue;
		cols.kommun!.push(k);
		cols.month!.push(monthStart(m!));
		cols.unit!.push((r.cells.enhet ?? '').trim() || null);
		cols.sex!.push(sex === 'T' ? null : sex);
		cols.row!.push(r.row);
		for (const [f, c] of Object.entries(spec.numbers)) if (c) cols[c]!.push(v[f] ?? null);
		for (const [c, x] of Object.entries(spec.derive?.(v) ?? {})) cols[c]!.push(x);
	}
	if (cols.row!.length === 0) return { tables: [], problems: problems.list, summary: ['Inga rader att läsa in.'] };
	const typed = Object.fromEntries(
		Object.entries(cols).map(([c, values]) => [
			c,
			{ type: c === 'month' ? 'DATE' : c === 'row' ? 'INTEGER' : base.includes(c) ? 'VARCHAR' : 'DOUBLE', values }
		])
	) as Parameters<typeof inputRelation>[0];
	const agg = toRows(await ctx.runner.run(spec.query(inputRelation(typed))));
	const out = agg.map((a) =>
		kpiRow(provenanceOf(ctx, { first: a.first, count: a.rows }), { ...a, unit: spec.units[a.measure] ?? 'antal' })
	);
	return {
		tables: out.length ? [{ table: spec.table, rows: out }] : [],
		problems: problems.list,
		summary: summarise(out, spec.what)
	};
}
