import { formatNumber } from '$lib/format/number';
import type { ChartOption } from '../echarts';
import { PALETTE } from '../palette';

export type LinePoint = { series: string; x: string; y: number | null; label: string };

/**
 * One line per municipality on a time axis (x = period end), so periods of different length
 * sit where they end instead of pretending to be the same category. Symbols differ per series
 * so lines are told apart without colour.
 */
export function compareLinesOptions(points: LinePoint[], axisName: string, decimals: number): ChartOption {
	const names = [...new Set(points.map((p) => p.series))];
	const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'pin', 'arrow', 'roundRect'];
	return {
		grid: { left: 8, right: 24, top: 40, bottom: 24, containLabel: true },
		legend: { top: 0, type: 'scroll' },
		tooltip: { trigger: 'item', formatter: (p) => {
			const d = p as unknown as { data: { name: string; value: [string, number] }; seriesName: string };
			return `${d.seriesName}, ${d.data.name}: ${formatNumber(d.data.value[1], decimals)}`;
		} },
		xAxis: { type: 'time', axisLabel: { formatter: '{yyyy}' } },
		yAxis: { type: 'value', name: axisName, nameTextStyle: { align: 'left' }, axisLabel: { formatter: (v: number) => formatNumber(v, decimals) }, scale: true },
		series: names.map((name, i) => ({
			type: 'line' as const,
			name,
			symbol: SYMBOLS[i % SYMBOLS.length]!,
			symbolSize: 9,
			color: PALETTE[i % PALETTE.length]!,
			connectNulls: false,
			data: points.filter((p) => p.series === name && p.y != null).map((p) => ({ value: [p.x, p.y!] as [string, number], name: p.label }))
		}))
	};
}
