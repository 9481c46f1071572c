import type { AmountKind, BudgetLine } from '$lib/schema/budget-row';
import { lastDay } from '../cells';
import { labelOf } from '../rows';
import { AREA_LABELS } from './areas';

/** One parsed ledger row, amounts already in tkr and in the project's sign convention. */
export type LedgerEntry = {
	row: number;
	kommun: string;
	year: number;
	month: number;
	line: Exclude<BudgetLine, 'costs' | 'net'>;
	area_std: string;
	unit: string | null;
	utfall: number | null;
	budget: number | null;
	prognos: number | null;
	arsbudget: number | null;
};

type Sum = { value: number; first: number; count: number };
const add = (s: Sum | undefined, v: number, row: number): Sum =>
	s ? { value: s.value + v, first: Math.min(s.first, row), count: s.count + 1 } : { value: v, first: row, count: 1 };

const round3 = (v: number) => Math.round(v * 1000) / 1000;

/** The lines a row adds to: its own, costs (personnel + other costs) and net (every result account). */
function linesOf(line: LedgerEntry['line']): BudgetLine[] {
	if (line === 'personnel' || line === 'other_costs') return [line, 'costs', 'net'];
	return [line, 'net'];
}

/**
 * Follow-up reports from monthly ledger rows: one report per kommun and month with outcome
 * (year to date jan–M). Per committee total, standard area and unit (ansvar/enhet, as a "varav"
 * row of its area) and per budget line:
 * - outcome_period = Σ utfall of months 1..M; budget_period = Σ budget of months 1..M;
 * - budget_year = Σ årsbudget on the month-M rows, else Σ budget of all twelve months when the
 *   file has budget for each of them;
 * - forecast_year = Σ prognos on the month-M rows (a helårsprognos per row);
 * - deviations = outcome − budget and forecast − budget, so + = favourable (revenue +, costs −);
 * - in December the report is the year: outcome_year and deviation_year instead.
 */
export function deriveReports(entries: LedgerEntry[], file: string): Record<string, unknown>[] {
	const out: Record<string, unknown>[] = [];
	const byKommunYear = new Map<string, LedgerEntry[]>();
	for (const e of entries) {
		const k = `${e.kommun}|${e.year}`;
		(byKommunYear.get(k) ?? byKommunYear.set(k, []).get(k)!).push(e);
	}
	const slug = file
		.toLowerCase()
		.normalize('NFD')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 40);
	for (const rows of byKommunYear.values()) {
		const { kommun, year } = rows[0]!;
		const outcomeMonths = [...new Set(rows.filter((r) => r.utfall != null).map((r) => r.month))].sort((a, b) => a - b);
		const budgetMonths = new Set(rows.filter((r) => r.budget != null).map((r) => r.month));
		for (const M of outcomeMonths) {
			const mm = String(M).padStart(2, '0');
			const start = `${year}-01-01`;
			const end = lastDay(year, M);
			const kind = M === 12 ? 'year' : 'ytd';
			const report = {
				kommun,
				report_id: `egen-${kommun}-${year}-${mm}${slug ? `-${slug}` : ''}`,
				report_label: `Egen uppföljning ${labelOf(kind, start, end)}`,
				period_start: start,
				period_end: end,
				period_kind: kind,
				period_label: labelOf(kind, start, end)
			};
			const sums = new Map<string, Map<AmountKind, Sum>>();
			const put = (key: string, k: AmountKind, v: number | null, row: number) => {
				if (v == null) return;
				const m = sums.get(key) ?? sums.set(key, new Map()).get(key)!;
				m.set(k, add(m.get(k), v, row));
			};
			for (const r of rows) {
				const groups = [`total||`, `${r.area_std}||`, ...(r.unit ? [`${r.area_std}|${r.unit}|`] : [])];
				for (const g of groups)
					for (const line of linesOf(r.line)) {
						const key = `${g}${line}`;
						if (r.month <= M) {
							put(key, 'outcome_period', r.utfall, r.row);
							put(key, 'budget_period', r.budget, r.row);
						}
						if (budgetMonths.size === 12) put(key, 'budget_year', r.budget, r.row);
						if (r.month === M) {
							put(key, 'forecast_year', r.prognos, r.row);
							put(key, 'amount', r.arsbudget, r.row); // årsbudget stated on the row
						}
					}
			}
			for (const [key, m] of sums) {
				const [area_std, unit, line] = key.split('|') as [string, string, BudgetLine];
				const stated = m.get('amount');
				if (stated) m.set('budget_year', stated);
				m.delete('amount');
				const o = m.get('outcome_period');
				const bp = m.get('budget_period');
				const by = m.get('budget_year');
				const f = m.get('forecast_year');
				const derived = new Map<AmountKind, Sum>();
				const dev = (a: Sum, b: Sum): Sum => ({
					value: a.value - b.value,
					first: Math.min(a.first, b.first),
					count: a.count + b.count
				});
				if (M === 12) {
					if (o) derived.set('outcome_year', o);
					if (by) derived.set('budget_year', by);
					if (o && by) derived.set('deviation_year', dev(o, by));
				} else {
					if (o) derived.set('outcome_period', o);
					if (bp) derived.set('budget_period', bp);
					if (o && bp) derived.set('deviation_period', dev(o, bp));
					if (by) derived.set('budget_year', by);
					if (f) derived.set('forecast_year', f);
					if (f && by) derived.set('deviation_forecast', dev(f, by));
				}
				const areaLabel = AREA_LABELS[area_std] ?? area_std;
				for (const [amount_kind, s] of derived) {
					const value = round3(s.value);
					out.push({
						source: `user:${file}`,
						line: s.first,
						quote: s.count === 1 ? `rad ${s.first}` : `summa av ${s.count} rader`,
						...report,
						area_label: unit || areaLabel,
						area_std,
						parent_area_label: unit ? areaLabel : null,
						budget_line: line,
						amount_kind,
						value,
						unit: 'tkr',
						sign: 1,
						amount_tkr: value,
						note: null
					});
				}
			}
		}
	}
	return out;
}
