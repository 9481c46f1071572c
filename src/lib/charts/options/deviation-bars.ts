import { formatPrintedNumber } from '$lib/format/number';
import type { ChartOption } from '../echarts';
import { FAVOURABLE, UNFAVOURABLE } from '../palette';

/**
 * Horizontal diverging bars for deviations in the sign convention (+ favourable). The value
 * labels carry the sign, so the colour is never the only cue.
 */
export function deviationBarsOptions(labels: string[], values: number[], unit = '%', decimals = 1): ChartOption {
	const fmt = (v: number) =>
		`${v > 0 ? '+' : ''}${formatPrintedNumber(v, unit, decimals)}${unit === '%' ? '\u00a0%' : `\u00a0${unit}`}`;
	return {
		grid: { left: 8, right: 64, top: 8, bottom: 24, containLabel: true },
		tooltip: { trigger: 'item', valueFormatter: (v) => fmt(Number(v)) },
		xAxis: {
			type: 'value',
			axisLabel: { formatter: (v: number) => fmt(v), hideOverlap: true },
			name: unit === '%' ? '% av budget' : unit,
			nameLocation: 'middle',
			nameGap: 28
		},
		// Long labels wrap at 130 px, so a phone still has room for the bars.
		yAxis: { type: 'category', data: labels, inverse: true, axisLabel: { width: 130, overflow: 'break' } },
		series: [
			{
				type: 'bar',
				data: values.map((v) => ({ value: v, itemStyle: { color: v >= 0 ? FAVOURABLE : UNFAVOURABLE } })),
				label: { show: true, position: 'right', formatter: (p) => fmt(Number((p as { value: number }).value)) },
				barMaxWidth: 28
			}
		]
	};
}
