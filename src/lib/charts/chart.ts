import type { ChartOption, ECharts } from './echarts';
import { hardenOption } from './safe-option';

/** A4 is 210 mm; less the page margins (14 mm each side, Rapport's @page) and a chart box's padding. Chart.svelte's print CSS uses the same. */
export const PRINT_WIDTH_PX = 640;

/**
 * One lifecycle for every chart: init, resize with the container, replace options on update
 * (notMerge, so removed series really go), dispose on destroy. ECharts itself is a lazy chunk,
 * fetched the first time a view draws a chart (a view without one never downloads it).
 */
let echarts: Promise<typeof import('./echarts')> | undefined;

/** Start fetching ECharts now (a view that draws charts, while its data load); once per page. */
export function preloadCharts(): Promise<typeof import('./echarts')> {
	echarts ??= import('./echarts');
	echarts.catch(() => (echarts = undefined));
	return echarts;
}

const afterPaint = () =>
	new Promise<void>((r) =>
		typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => setTimeout(r, 0)) : setTimeout(r, 0)
	);

export function mountChart(
	node: HTMLElement,
	option: ChartOption,
	onReady: (chart: ECharts) => void,
	/** Height on paper, when lower than on screen (Chart.svelte's `printHeight`, also its print CSS). */
	printHeightPx?: number
): { update(o: ChartOption): void; destroy(): void } {
	let chart: ECharts | undefined;
	let latest = option;
	let destroyed = false;
	const apply = (o: ChartOption) => {
		if (!chart || chart.isDisposed()) return;
		const safe = hardenOption(o);
		chart.setOption(
			{ animation: false, ...safe, aria: { enabled: true, ...(safe.aria as object) } },
			{ notMerge: true }
		);
	};
	// While printing the chart keeps its paper size: the screen's resizes must not undo it.
	let printing = false;
	const observer = new ResizeObserver(() => {
		if (!printing) chart?.resize();
	});
	// After the next paint: the figures beside a chart show first, then ECharts loads and draws.
	void afterPaint()
		.then(preloadCharts)
		.then(({ init }) => {
			if (destroyed) return;
			chart = init(node, undefined, { renderer: 'canvas' });
			apply(latest);
			onReady(chart);
			observer.observe(node);
		});
	// A canvas does not reflow on paper: before printing, redraw at the A4 content width (the
	// print CSS gives the box the same width, Chart.svelte), and back to the screen's afterwards.
	const toPaper = () => {
		printing = true;
		chart?.resize({ width: PRINT_WIDTH_PX, height: printHeightPx ?? (node.clientHeight || undefined) });
	};
	const toScreen = () => {
		printing = false;
		chart?.resize();
	};
	addEventListener('beforeprint', toPaper);
	addEventListener('afterprint', toScreen);
	return {
		update(o) {
			latest = o;
			apply(o);
		},
		destroy() {
			destroyed = true;
			observer.disconnect();
			removeEventListener('beforeprint', toPaper);
			removeEventListener('afterprint', toScreen);
			chart?.dispose();
		}
	};
}
