import { formatPrintedNumber } from '$lib/format/number';
import type { ChartOption } from '../echarts';
import { PALETTE } from '../palette';
import { tickLabel } from './axis';

/** Ranked horizontal bars (rank 1 on top), value printed at each bar's end. */
export function rankedBarsOptions(
	labels: string[],
	values: number[],
	axisName: string,
	decimals: number,
	highlight: Set<number> = new Set()
): ChartOption {
	return {
		grid: { left: 8, right: 56, top: 8, bottom: 28, containLabel: true },
		tooltip: { trigger: 'item', valueFormatter: (v) => formatPrintedNumber(Number(v), axisName, decimals) },
		xAxis: {
			type: 'value',
			name: axisName,
			nameLocation: 'middle',
			nameGap: 24,
			axisLabel: { formatter: tickLabel(axisName, decimals), hideOverlap: true }
		},
		// Every bar has its label (Jämför gives each bar 40 px): no overlap to estimate on each draw.
		yAxis: { type: 'category', data: labels, inverse: true, axisLabel: { interval: 0 } },
		series: [
			{
				type: 'bar',
				barMaxWidth: 26,
				data: values.map((v, i) => ({ value: v, itemStyle: { color: highlight.has(i) ? PALETTE[1] : PALETTE[0] } })),
				label: {
					show: true,
					position: 'right',
					formatter: (p) => formatPrintedNumber(Number((p as { value: number }).value), axisName, decimals)
				}
			}
		]
	};
}
