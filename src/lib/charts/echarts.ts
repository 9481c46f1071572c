// The only ECharts import in the app: the core plus just the parts we draw with (tree-shaken).
import {
	BarChart,
	LineChart,
	ScatterChart,
	type BarSeriesOption,
	type LineSeriesOption,
	type ScatterSeriesOption
} from 'echarts/charts';
import {
	AriaComponent,
	GridComponent,
	LegendComponent,
	MarkLineComponent,
	TooltipComponent,
	type AriaComponentOption,
	type GridComponentOption,
	type LegendComponentOption,
	type MarkLineComponentOption,
	type TooltipComponentOption
} from 'echarts/components';
import { init, use, type ComposeOption, type ECharts } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([
	BarChart,
	LineChart,
	ScatterChart,
	AriaComponent,
	GridComponent,
	LegendComponent,
	MarkLineComponent,
	TooltipComponent,
	CanvasRenderer
]);

export type ChartOption = ComposeOption<
	| BarSeriesOption
	| LineSeriesOption
	| ScatterSeriesOption
	| AriaComponentOption
	| GridComponentOption
	| LegendComponentOption
	| MarkLineComponentOption
	| TooltipComponentOption
>;

export { init, use, type ECharts };
