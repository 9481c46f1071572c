// A chart part of its own chunk: tooltips answer a pointer, so they arrive with the first one (see chart.ts).
export { TooltipComponent as part } from 'echarts/components';
