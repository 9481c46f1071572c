// The ECharts core and what every chart draws with (tree-shaken). Series types, target lines and
// tooltips are parts of their own chunks (parts/, loaded by chart.ts when an option needs them).
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import {
	AriaComponent,
	GridComponent,
	LegendComponent,
	type AriaComponentOption,
	type GridComponentOption,
	type LegendComponentOption,
	type MarkLineComponentOption,
	type TooltipComponentOption
} from 'echarts/components';
import { init, use, type ComposeOption, type ECharts } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([AriaComponent, GridComponent, LegendComponent, CanvasRenderer]);

export type ChartOption = ComposeOption<
	| BarSeriesOption
	| LineSeriesOption
	| AriaComponentOption
	| GridComponentOption
	| LegendComponentOption
	| MarkLineComponentOption
	| TooltipComponentOption
>;

export { init, use, type ECharts };
