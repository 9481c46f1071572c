import type { BarSeries } from '$lib/charts/options/staffing-bars';
import type { TrendSeries } from '$lib/charts/options/sick-leave-lines';
import { withoutSumsOfMonths } from '$lib/domain/trend-periods';
import { formatValue } from '$lib/format/number';
import type { FigureRow } from '$lib/queries/sick-leave';
import { decimalsOf, groupLabel, shown } from './labels';

/** One line per label (sex, municipality …) plus a dashed target line where targets exist. */
export function trendSeries(rows: FigureRow[], seriesOf: (r: FigureRow) => string, targetName?: string): TrendSeries[] {
	const names = [...new Set(rows.map(seriesOf))];
	const out: TrendSeries[] = names.map((name) => ({
		name,
		points: withoutSumsOfMonths(rows.filter((r) => seriesOf(r) === name)).map((r) => ({
			x: r.period_end,
			y: r.value,
			label: r.period_label
		}))
	}));
	const targets = rows.filter((r) => r.target != null && r.sex === 'T');
	if (targetName && targets.length > 0)
		out.push({
			name: targetName,
			target: true,
			points: targets.map((r) => ({ x: r.period_end, y: r.target, label: r.period_label }))
		});
	return out;
}

/** Categories × series as grouped bars; a missing or suppressed cell is null. */
export function barSeries(
	rows: FigureRow[],
	categoryOf: (r: FigureRow) => string,
	seriesOf: (r: FigureRow) => string
): { categories: string[]; series: BarSeries[] } {
	const categories = [...new Set(rows.map(categoryOf))];
	const names = [...new Set(rows.map(seriesOf))];
	const series = names.map((name) => ({
		name,
		values: categories.map((c) => rows.find((r) => categoryOf(r) === c && seriesOf(r) === name)?.value ?? null)
	}));
	return { categories, series };
}

/** The chart's text alternative: every figure with its period, suppressed ones said as such. */
export function summaryOf(kind: string, rows: FigureRow[]): string {
	const parts = rows.map((r) =>
		`${r.name ?? ''} ${groupLabel(r)} ${r.period_label}: ${r.suppressed ? 'skyddad (liten grupp)' : shown(r)}`.trim()
	);
	const targets = rows
		.filter((r) => r.target != null && r.sex === 'T')
		.map((r) => `${r.name} mål ${r.period_end.slice(0, 4)}: ${formatValue(r.target, r.unit, decimalsOf(r, r.target))}`);
	return `${kind}. ${[...parts, ...targets].join('; ')}.`;
}
