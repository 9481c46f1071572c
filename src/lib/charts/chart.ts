import type { ChartOption, ECharts } from './echarts';
import { hardenOption } from './safe-option';

/**
 * One lifecycle for every chart: init, resize with the container, replace options on update
 * (notMerge, so removed series really go), dispose on destroy. ECharts itself is a lazy chunk,
 * fetched the first time a view draws a chart (a view without one never downloads it).
 */
export function mountChart(
	node: HTMLElement,
	option: ChartOption,
	onReady: (chart: ECharts) => void
): { update(o: ChartOption): void; destroy(): void } {
	let chart: ECharts | undefined;
	let latest = option;
	let destroyed = false;
	const observer = new ResizeObserver(() => chart?.resize());
	const apply = (o: ChartOption) => {
		if (!chart || chart.isDisposed()) return;
		const safe = hardenOption(o);
		chart.setOption(
			{ animation: false, ...safe, aria: { enabled: true, ...(safe.aria as object) } },
			{ notMerge: true }
		);
	};
	void import('./echarts').then(({ init }) => {
		if (destroyed) return;
		chart = init(node, undefined, { renderer: 'canvas' });
		apply(latest);
		onReady(chart);
		observer.observe(node);
	});
	return {
		update(o) {
			latest = o;
			apply(o);
		},
		destroy() {
			destroyed = true;
			observer.disconnect();
			chart?.dispose();
		}
	};
}
