import { COLUMNS } from '$lib/schema/columns';
import { TABLES, type TableName } from '$lib/schema/extracts';
import { shapeUniqueRows } from '$lib/schema/shape';
import { rowKey, type Catalogue } from './catalogue';
import type { ImportFormat, ImportResult, RowProblem } from './format';
import { fieldwiseParser, type Parsed } from './fieldwise-parse';
import { quoteOf, USER_SOURCE_PREFIX } from './provenance';
import { issueText } from './issue-text';

/** Raw cells by file line, for the slice being checked: quotes are built from them. */
export type MappedSlice = { problems: RowProblem[]; byLine: Map<number, string[]> };

export type CheckedRows = { table: TableName; rows: Record<string, unknown>[] };

export type CheckTotals = {
	problems: RowProblem[];
	summary: string[];
	kommuner: string[];
	periods: string[];
};

const COLUMN_NAMES = Object.fromEntries(
	Object.entries(COLUMNS).map(([t, cols]) => [t, new Set(Object.keys(cols))])
) as Record<TableName, Set<string>>;

/**
 * A format's output → accepted rows (zod, catalogue, range, duplicates) and every problem, with
 * provenance set by us: whatever a file's columns say, its rows cite the file and row they came from.
 * Fed slice by slice (a 1M-row file never exists as rows all at once); duplicates are found across
 * slices, and the totals cover the whole file.
 */
export class RowChecker {
	readonly #problems: RowProblem[] = [];
	readonly #summary: string[] = [];
	readonly #seen = new Map<string, number>();
	readonly #kommuner = new Set<string>();
	readonly #periods = new Set<string>();
	readonly #totals = new Map<string, { kommun: string; period: string; n: number }>();
	readonly #parsers = new Map<TableName, (row: Record<string, unknown>) => Parsed>();

	constructor(
		private readonly header: string[],
		private readonly file: string,
		private readonly format: ImportFormat,
		private readonly mapping: Record<string, string | null>,
		private readonly catalogue: Catalogue
	) {}

	#headerOf(field: string): string {
		return this.mapping[field] ?? this.format.fields.find((x) => x.id === field)?.label ?? field;
	}

	/** One slice: its mapping problems, the format's output for it; returns the accepted rows, shaped. */
	add(m: MappedSlice, result: ImportResult): CheckedRows[] {
		const problems = this.#problems;
		for (const p of m.problems) problems.push(p);
		for (const p of result.problems) problems.push({ ...p, column: this.#headerOf(p.column) });
		for (const s of result.summary) this.#summary.push(s);
		const out: CheckedRows[] = [];
		for (const t of result.tables) {
			// The data build's zod schema, each distinct value of a field parsed once (fieldwise-parse.ts).
			let parse = this.#parsers.get(t.table);
			// A column the file leaves out is blank, exactly as an empty CSV cell: one set of defaults for every format.
			if (!parse) this.#parsers.set(t.table, (parse = fieldwiseParser(TABLES[t.table].source, COLUMN_NAMES[t.table])));
			const accepted: Record<string, unknown>[] = [];
			for (const r of t.rows) {
				const line = Number(r.line);
				const cells = m.byLine.get(line);
				if (!Number.isInteger(line) || !cells) {
					problems.push({
						row: Number.isFinite(line) ? line : 0,
						column: '–',
						reason: 'formatet angav en rad som inte finns i filen'
					});
					continue;
				}
				const derived = typeof r.quote === 'string' && r.quote.startsWith('summa av ');
				// The format's row is ours to change (made for this check): provenance overwritten in place.
				const prepared = r;
				prepared.quote = derived ? String(r.quote).slice(0, 200) : quoteOf(this.header, cells);
				prepared.source = USER_SOURCE_PREFIX + this.file;
				prepared.line = line;
				if (t.table !== 'budget' && (prepared.unit == null || prepared.unit === ''))
					prepared.unit = this.catalogue.measures[String(prepared.measure)]?.unit ?? '';
				const parsed = parse(prepared);
				if (!parsed.success) {
					for (const issue of parsed.issues)
						problems.push({
							row: line,
							column: this.#headerOf(String(issue.path[0] ?? '–')),
							reason: issueText(issue, prepared[String(issue.path[0])])
						});
					continue;
				}
				const row = parsed.data;
				const semantic = outOfRange(t.table, row) ?? checkAgainstCatalogue(t.table, row, this.catalogue);
				if (semantic) {
					problems.push({ row: line, column: this.#headerOf(semantic.field), reason: semantic.reason });
					continue;
				}
				const key = t.table + '\u001e' + rowKey(t.table, row);
				const first = this.#seen.get(key);
				if (first != null) {
					problems.push({
						row: line,
						column: '–',
						reason: `samma figur som rad ${first} (samma kommun, period, mått och uppdelning): dubbletter räknas aldrig två gånger`
					});
					continue;
				}
				this.#seen.set(key, line);
				this.#count(String(row.kommun), String(row.period_label));
				accepted.push(row);
			}
			// As the data build shapes them: budget amounts in tkr, the statement columns (canonical …).
			// Its rows are unique by key (duplicates refused above), so each is its own fact: shaped slice by slice.
			out.push({ table: t.table, rows: shapeUniqueRows(t.table, accepted) });
		}
		return out;
	}

	#count(kommun: string, period: string): void {
		this.#kommuner.add(kommun);
		this.#periods.add(period);
		const k = kommun + '\u001f' + period;
		const hit = this.#totals.get(k);
		if (hit) hit.n++;
		else this.#totals.set(k, { kommun, period, n: 1 });
	}

	/** Every problem (in file order), the report's one-liners, the kommuner and periods accepted. */
	finish(): CheckTotals {
		const totals = [...this.#totals.values()].map(({ kommun, period, n }) => {
			const name = this.catalogue.kommuner[kommun] ?? kommun;
			return `${name} (${kommun}), ${period}: ${n.toLocaleString('sv-SE')} ${n === 1 ? 'rad' : 'rader'}`;
		});
		return {
			problems: this.#problems.sort((a, b) => a.row - b.row),
			summary: [...this.#summary, ...totals],
			kommuner: [...this.#kommuner].sort(),
			periods: [...this.#periods]
		};
	}
}

const INT_MAX = 2 ** 31 - 1;

/** Values zod accepts but the table's column type cannot hold (INTEGER): named here, not as a DuckDB cast error. */
const INTEGER_COLUMNS = Object.fromEntries(
	Object.entries(COLUMNS).map(([t, cols]) => [t, Object.keys(cols).filter((c) => cols[c] === 'INTEGER')])
) as Record<TableName, string[]>;

function outOfRange(table: TableName, row: Record<string, unknown>): { field: string; reason: string } | null {
	for (const c of INTEGER_COLUMNS[table]) {
		const v = row[c];
		if (typeof v === 'number' && Math.abs(v) > INT_MAX)
			return {
				field: c,
				reason: `talet ${v.toLocaleString('sv-SE')} är för stort (högst ${INT_MAX.toLocaleString('sv-SE')})`
			};
	}
	return null;
}

/** The checks zod cannot make alone: is the measure, kommun and area one we know, and does the measure belong here? */
function checkAgainstCatalogue(
	table: TableName,
	row: Record<string, unknown>,
	cat: Catalogue
): { field: string; reason: string } | null {
	const kommun = String(row.kommun);
	if (!(kommun in cat.kommuner)) return { field: 'kommun', reason: `okänd kommunkod ${kommun}` };
	if (table === 'budget') {
		const area = String(row.area_std);
		if (!cat.areas.includes(area))
			return { field: 'area_std', reason: `okänt standardområde ”${area}” (kända: ${cat.areas.join(', ')})` };
		return null;
	}
	const m = cat.measures[String(row.measure)];
	if (!m) return { field: 'measure', reason: `okänt mått ”${String(row.measure)}” (se måttkatalogen)` };
	if (m.domain !== table)
		return {
			field: 'measure',
			reason: `måttet ${String(row.measure)} hör till ${DOMAIN_SV[m.domain] ?? m.domain}, inte till det valda extraktet ${DOMAIN_SV[table] ?? table}`
		};
	return null;
}

const DOMAIN_SV: Record<string, string> = {
	budget: 'Budget',
	staffing: 'Personal',
	sick_leave: 'Sjukfrånvaro',
	senior_alert: 'Senior Alert och kvalitet',
	caseload: 'Ärenden och volymer'
};
