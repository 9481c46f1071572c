// A chart part of its own chunk: fetched only for a series with a target line (see chart.ts).
export { MarkLineComponent as part } from 'echarts/components';
