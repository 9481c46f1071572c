import { init, type ChartOption, type ECharts } from './echarts';
import { hardenOption } from './safe-option';

/**
 * One lifecycle for every chart: init, resize with the container, replace options on update
 * (notMerge, so removed series really go), dispose on destroy.
 */
export function mountChart(
	node: HTMLElement,
	option: ChartOption,
	onReady: (chart: ECharts) => void
): { update(o: ChartOption): void; destroy(): void } {
	const chart = init(node, undefined, { renderer: 'canvas' });
	const apply = (o: ChartOption) => {
		if (chart.isDisposed()) return;
		const safe = hardenOption(o);
		chart.setOption(
			{ animation: false, ...safe, aria: { enabled: true, ...(safe.aria as object) } },
			{ notMerge: true }
		);
	};
	apply(option);
	onReady(chart);
	const observer = new ResizeObserver(() => chart.resize());
	observer.observe(node);
	return {
		update: apply,
		destroy() {
			observer.disconnect();
			chart.dispose();
		}
	};
}
