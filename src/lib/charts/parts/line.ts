// A chart part of its own chunk: fetched only by a view that draws lines (see chart.ts).
export { LineChart as part } from 'echarts/charts';
