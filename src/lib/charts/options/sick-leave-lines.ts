import { formatPrintedNumber } from '$lib/format/number';
import type { ChartOption } from '../echarts';
import { NEUTRAL, seriesColour } from '../palette';
import { tickLabel } from './axis';

/** x = period end (orders the categories), label = the period's own label (the category). */
export type TrendPoint = { x: string; y: number | null; label: string };
export type TrendSeries = { name: string; points: TrendPoint[]; target?: boolean };

/** The one value a target series holds, if it holds only one. */
function singleLevel(points: TrendPoint[]): number | null {
	const values = new Set(points.map((p) => p.y).filter((y) => y != null));
	return values.size === 1 ? [...values][0]! : null;
}

const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'pin', 'roundRect', 'arrow'];

/**
 * Lines over periods. Each category is a period's own label ("jan–jun 2023", "2022"), ordered by
 * period end, so a jan–jun figure is never passed off as a full year. A series only has points
 * where it has figures (lines join its own periods); a suppressed point (null) leaves a gap.
 * Targets are dashed grey; every series has its own symbol.
 */
export function sickLeaveLinesOptions(series: TrendSeries[], axisName: string, decimals: number): ChartOption {
	let n = 0;
	const ends = new Map<string, string>();
	for (const p of series.flatMap((x) => x.points))
		if (!ends.has(p.label) || ends.get(p.label)! > p.x) ends.set(p.label, p.x);
	const categories = [...ends].sort((a, b) => a[1].localeCompare(b[1])).map(([label]) => label);
	// The document's printed precision (7,07 %) in labels and tooltips, as in every other view.
	const fmt = (v: number) => formatPrintedNumber(v, axisName, decimals);
	return {
		grid: { left: 8, right: 24, top: 48, bottom: 24, containLabel: true },
		legend: { top: 0, type: 'scroll' },
		tooltip: {
			trigger: 'item',
			formatter: (p) => {
				const d = p as unknown as { data: [string, number]; seriesName: string };
				return `${d.seriesName}, ${d.data[0]}: ${fmt(d.data[1])}`;
			}
		},
		xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, hideOverlap: true } },
		yAxis: {
			type: 'value',
			name: axisName,
			nameTextStyle: { align: 'left' },
			min: 0,
			axisLabel: { formatter: tickLabel(axisName, decimals) }
		},
		series: series.map((s) => {
			const i = s.target ? -1 : n++;
			const level = s.target ? singleLevel(s.points) : null;
			// One target for every period is a line across the chart, not a lone point.
			if (level != null)
				return {
					type: 'line' as const,
					name: s.name,
					color: NEUTRAL,
					data: [],
					markLine: {
						symbol: 'none',
						silent: true,
						lineStyle: { type: 'dashed' as const, color: NEUTRAL, width: 2 },
						label: { formatter: `${s.name} ${fmt(level)}`, position: 'insideEndTop' as const },
						data: [{ yAxis: level }]
					}
				};
			return {
				type: 'line' as const,
				name: s.name,
				symbol: s.target ? 'emptyCircle' : SYMBOLS[i % SYMBOLS.length]!,
				symbolSize: 9,
				color: s.target ? NEUTRAL : seriesColour(s.name, i),
				lineStyle: { type: s.target ? ('dashed' as const) : ('solid' as const), width: 2 },
				connectNulls: false,
				label: {
					show: !s.target,
					position: 'top' as const,
					fontSize: 11,
					formatter: (p: unknown) => fmt((p as { value: [string, number] }).value[1])
				},
				labelLayout: { hideOverlap: true },
				data: s.points.map((p) => [p.label, p.y] as [string, number | null])
			};
		})
	};
}
