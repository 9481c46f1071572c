/**
 * The canonical-statement rule and label normalisation, applied once by the data build (and to a
 * user's upload), so every query reads the same statement of a figure. See data/README.md.
 *
 * A statement group is one fact: the same measure (or budget line and amount kind), period,
 * breakdown and normalised label. Within a group exactly one row is canonical, chosen by
 *   1. the committee's own table over running text (a quote spanning tab-separated cells),
 *   2. the most precise unit (tkr over a rounded mnkr or kr),
 *   3. the earliest line.
 * A row in a block listed in data/restatements.csv (a summary table restating a detailed one) is
 * never canonical: the detailed table speaks for it.
 */

type Row = Record<string, unknown>;

/** Document label → normalised key (data/labels.csv). A label not listed is its own key. */
export type LabelMap = ReadonlyMap<string, string>;

/** A block of lines that restates, as a summary, figures the document states in more detail elsewhere. */
export type Restatement = { source: string; first_line: number; last_line: number; measure: string | null };

export function labelKey(label: unknown, labels: LabelMap): string | null {
	if (label == null || label === '') return null;
	return labels.get(String(label)) ?? String(label);
}

/** Case, dash, whitespace and the listed typos folded away: two keys must never fold alike. */
export const TYPOS: readonly [RegExp, string][] = [[/\baktivts\b/g, 'aktivt']];
export function foldLabel(label: string): string {
	let s = label
		.toLowerCase()
		.replace(/[\u2010-\u2015\u2212-]/g, '-')
		.replace(/\s+/g, ' ')
		.replace(/\s*([-§/])\s*/g, '$1')
		.trim();
	for (const [from, to] of TYPOS) s = s.replace(from, to);
	return s;
}

function isRestated(row: Row, restatements: readonly Restatement[]): boolean {
	const line = row.line as number | null;
	return (
		line != null &&
		restatements.some(
			(r) =>
				r.source === row.source &&
				line >= r.first_line &&
				line <= r.last_line &&
				(r.measure == null || r.measure === row.measure)
		)
	);
}

/** Sort key of the rule above: lower wins. */
function rank(row: Row): [number, number, number] {
	const fromTable = typeof row.quote === 'string' && row.quote.includes('\t') ? 0 : 1;
	const precise = row.unit === undefined || row.unit === 'tkr' || !('amount_tkr' in row) ? 0 : 1;
	return [fromTable, precise, (row.line as number | null) ?? Number.MAX_SAFE_INTEGER];
}

const cmp = (a: [number, number, number], b: [number, number, number]) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

const K = (v: unknown) => (v == null ? '' : String(v));

/** The fact a row states, per extract kind. Rows without a line (a user's own file) are each their own fact. */
function factKey(kind: 'kpi' | 'budget' | 'goals', row: Row, labels: LabelMap, i: number): string {
	if (row.line == null) return `own#${i}`;
	const period = [K(row.period_start), K(row.period_end)];
	if (kind === 'kpi')
		return [
			row.kommun,
			row.measure,
			row.value_kind,
			...period,
			row.sex,
			K(row.age_band),
			K(labelKey(row.unit_area, labels)),
			K(row.item),
			K(row.detail)
		].join('|');
	if (kind === 'budget')
		return [
			row.kommun,
			row.report_id,
			...period,
			labelKey(row.area_label, labels),
			K(labelKey(row.parent_area_label, labels)),
			row.budget_line,
			row.amount_kind,
			// A stated amount outside the budget columns (a grant, a saving) is the same fact only when it is the same amount.
			row.amount_kind === 'amount' ? K(row.amount_tkr) : ''
		].join('|');
	return [row.kommun, row.report_id, K(row.goal_group), row.goal].join('|');
}

/** Adds statement_group, canonical and the normalised label key(s) to every row of one extract. */
export function markStatements<T extends Row>(
	kind: 'kpi' | 'budget' | 'goals',
	rows: readonly T[],
	labels: LabelMap = new Map(),
	restatements: readonly Restatement[] = []
): (T & { statement_group: string; canonical: boolean })[] {
	const groups = new Map<string, number[]>();
	const keys = rows.map((r, i) => factKey(kind, r, labels, i));
	keys.forEach((k, i) => groups.set(k, [...(groups.get(k) ?? []), i]));
	const canonical = new Set<number>();
	for (const members of groups.values()) {
		const eligible = members.filter((i) => !isRestated(rows[i]!, restatements));
		eligible.sort((a, b) => cmp(rank(rows[a]!), rank(rows[b]!)));
		if (eligible.length) canonical.add(eligible[0]!);
	}
	return rows.map((r, i) => ({
		...r,
		...(kind === 'kpi' ? { unit_area_key: labelKey(r.unit_area, labels) } : {}),
		...(kind === 'budget' ? { area_key: labelKey(r.area_label, labels) } : {}),
		statement_group: keys[i]!,
		canonical: canonical.has(i)
	}));
}

/**
 * What `markStatements` gives rows already known to be unique by fact (a user's checked file, its
 * duplicates refused): each row is its own group, so canonical. Marked in place, without grouping.
 */
export function markUniqueStatements<T extends Row>(
	kind: 'kpi' | 'budget',
	rows: T[],
	labels: LabelMap = new Map()
): (T & { statement_group: string; canonical: boolean })[] {
	rows.forEach((r, i) => {
		const row = r as Row;
		if (kind === 'kpi') row.unit_area_key = labelKey(r.unit_area, labels);
		else row.area_key = labelKey(r.area_label, labels);
		row.statement_group = factKey(kind, r, labels, i);
		row.canonical = true;
	});
	return rows as (T & { statement_group: string; canonical: boolean })[];
}
