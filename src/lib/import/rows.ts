import { periodLabel } from '$lib/domain/period';
import type { FieldSpec, ImportContext, MappedRow, RowProblem } from './format';
import { parseKommun, parseMonth, quoteOf, type Month } from './cells';

/** Collects the problems of one file; each names row, column (field label) and reason. */
export class Problems {
	readonly list: RowProblem[] = [];
	constructor(private readonly fields: FieldSpec[]) {}
	add(row: number, field: string, reason: string): void {
		const label = this.fields.find((f) => f.id === field)?.label ?? field;
		this.list.push({ row, column: label, reason });
	}
}

/** Required fields that are mapped but empty on a row are reported; returns false if any. */
export function hasRequired(r: MappedRow, fields: FieldSpec[], problems: Problems): boolean {
	let ok = true;
	for (const f of fields)
		if (f.required && f.kind !== 'kommun' && !(r.cells[f.id] ?? '').trim()) {
			problems.add(r.row, f.id, 'värde saknas');
			ok = false;
		}
	return ok;
}

/** The row's kommun: its own column, else the one chosen for the file. */
export function rowKommun(r: MappedRow, ctx: ImportContext, problems: Problems): string | null {
	const raw = r.cells.kommun?.trim();
	const k = raw ? parseKommun(raw) : ctx.kommun ? parseKommun(ctx.kommun) : null;
	if (!k) problems.add(r.row, 'kommun', raw ? `"${raw}" är ingen kommunkod (fyra siffror, t.ex. 0881)` : 'ange kommun');
	return k;
}

export function rowMonth(r: MappedRow, field: string, problems: Problems): Month | null {
	const m = parseMonth(r.cells[field]);
	if (!m)
		problems.add(r.row, field, `"${r.cells[field] ?? ''}" är ingen månad (skriv t.ex. 2024-03, 202403 eller mar 2024)`);
	return m;
}

/** Swedish label of a period: "T2 2024" for a tertial, else "jan–aug 2024", "mar 2024", "2024". */
const LABELS = new Map<string, string>();
export function labelOf(kind: string, start: string, end: string): string {
	const key = `${kind}|${start}|${end}`;
	let label = LABELS.get(key);
	if (label === undefined) LABELS.set(key, (label = periodText(kind, start, end)));
	return label;
}

function periodText(kind: string, start: string, end: string): string {
	if (kind === 'tertial') return `T${Math.floor((Number(start.slice(5, 7)) - 1) / 4) + 1} ${start.slice(0, 4)}`;
	if (kind === 'quarter') return `kv ${Math.floor((Number(start.slice(5, 7)) - 1) / 3) + 1} ${start.slice(0, 4)}`;
	if (kind === 'point') return end;
	return periodLabel(start, end);
}

/** Provenance of a figure: one row quotes its cells; a sum cites its first row and how many it sums. */
export function provenanceOf(ctx: ImportContext, rows: MappedRow[] | { first: number; count: number }) {
	if (Array.isArray(rows)) {
		const first = rows[0]!;
		return rows.length === 1
			? { source: `user:${ctx.file}`, line: first.row, quote: quoteOf(first.cells) }
			: { source: `user:${ctx.file}`, line: first.row, quote: `summa av ${rows.length} rader` };
	}
	return {
		source: `user:${ctx.file}`,
		line: rows.first,
		quote: rows.count === 1 ? `rad ${rows.first}` : `summa av ${rows.count} rader`
	};
}

/** One long-format figure with every column of KpiRow present. */
export function kpiRow(
	p: { source: string; line: number; quote: string },
	f: {
		kommun: string;
		period_start: string;
		period_end: string;
		period_kind: string;
		measure: string;
		value: number;
		unit: string;
		sex?: string;
		age_band?: string | null;
		unit_area?: string | null;
		item?: string | null;
		detail?: string | null;
		n?: number | null;
		note?: string | null;
	}
): Record<string, unknown> {
	return {
		...p,
		kommun: f.kommun,
		period_start: f.period_start,
		period_end: f.period_end,
		period_kind: f.period_kind,
		period_label: labelOf(f.period_kind, f.period_start, f.period_end),
		measure: f.measure,
		value_kind: 'actual',
		sex: f.sex ?? 'T',
		age_band: f.age_band ?? null,
		unit_area: f.unit_area ?? null,
		item: f.item ?? null,
		detail: f.detail ?? null,
		value: f.value,
		unit: f.unit,
		n: f.n ?? null,
		note: f.note ?? null
	};
}

/** "0881: 1 234 rader, jan 2024–aug 2024" per kommun, for the report. */
export function summarise(rows: Record<string, unknown>[], what: string): string[] {
	const by = new Map<string, { n: number; min: string; max: string }>();
	for (const r of rows) {
		const k = String(r.kommun);
		const s = by.get(k) ?? { n: 0, min: String(r.period_start), max: String(r.period_end) };
		s.n++;
		if (String(r.period_start) < s.min) s.min = String(r.period_start);
		if (String(r.period_end) > s.max) s.max = String(r.period_end);
		by.set(k, s);
	}
	return [...by].map(([k, s]) => `${k}: ${s.n.toLocaleString('sv-SE')} ${what}, ${periodLabel(s.min, s.max)}`);
}

/** Let the page breathe every `every` rows of a long loop (a 1M-row file must not freeze it). */
export async function breathe(i: number, every = 25_000): Promise<void> {
	if (i > 0 && i % every === 0) await new Promise((r) => setTimeout(r, 0));
}

/** `array.map(f)`, breathing now and then. */
export async function mapBreathing<T, U>(array: T[], f: (t: T) => U): Promise<U[]> {
	const out: U[] = new Array(array.length);
	for (let i = 0; i < array.length; i++) {
		await breathe(i);
		out[i] = f(array[i]!);
	}
	return out;
}
