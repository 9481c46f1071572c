import { formatPrintedNumber } from '$lib/format/number';
import type { ChartOption } from '../echarts';
import { PALETTE } from '../palette';
import { tickLabel } from './axis';

export type BarSeries = { name: string; values: (number | null)[] };

/**
 * Grouped bars: one group per category (a period or an age band), one bar per series (sex,
 * period). Values are printed on the bars and series carry decal patterns, so colour is never
 * the only cue. A suppressed value (null) draws no bar; the table beside says why.
 */
export function staffingBarsOptions(
	categories: string[],
	series: BarSeries[],
	axisName: string,
	decimals: number
): ChartOption {
	return {
		aria: { enabled: true, decal: { show: true } },
		grid: { left: 8, right: 16, top: 48, bottom: 24, containLabel: true },
		legend: { top: 0, type: 'scroll' },
		tooltip: {
			trigger: 'item',
			valueFormatter: (v) => (v == null ? '–' : formatPrintedNumber(Number(v), axisName, decimals))
		},
		xAxis: { type: 'category', data: categories },
		yAxis: {
			type: 'value',
			name: axisName,
			nameTextStyle: { align: 'left' },
			axisLabel: { formatter: tickLabel(axisName, decimals) }
		},
		series: series.map((s, i) => ({
			type: 'bar' as const,
			name: s.name,
			color: PALETTE[i % PALETTE.length]!,
			barMaxWidth: 36,
			data: s.values,
			label: {
				show: true,
				position: 'top' as const,
				fontSize: 11,
				formatter: (p) => formatPrintedNumber(Number((p as { value: number }).value), axisName, decimals)
			}
		}))
	};
}
