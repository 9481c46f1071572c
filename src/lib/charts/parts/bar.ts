// A chart part of its own chunk: fetched only by a view that draws bars (see chart.ts).
export { BarChart as part } from 'echarts/charts';
