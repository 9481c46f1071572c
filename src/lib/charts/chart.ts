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

/** What first asks for a tooltip: a pointer over the chart, a touch, or keyboard focus. */
const TOOLTIP_TRIGGERS = ['pointerenter', 'pointerdown', 'focusin', 'touchstart'] as const;

export type Part = 'bar' | 'line' | 'markLine' | 'tooltip';
type Installer = Parameters<typeof import('./echarts').use>[0];
const PARTS: Record<Part, () => Promise<{ part: Installer }>> = {
	bar: () => import('./parts/bar'),
	line: () => import('./parts/line'),
	markLine: () => import('./parts/mark-line'),
	tooltip: () => import('./parts/tooltip')
};
const loading = new Map<Part, Promise<void>>();
/** Parts registered with ECharts so far (known synchronously, so an update needing none draws at once). */
const installed = new Set<Part>();

function loadPart(p: Part): Promise<void> {
	let l = loading.get(p);
	if (!l) {
		l = Promise.all([preloadCharts(), PARTS[p]()]).then(([{ use }, { part }]) => {
			use(part);
			installed.add(p);
		});
		l.catch(() => loading.delete(p));
		loading.set(p, l);
	}
	return l;
}

/**
 * ECharts and the parts charts draw with, fetched ahead of drawing: a view's own parts while its
 * data load, or (no list) every series part for views the user may open next. Tooltips wait for a pointer.
 */
export function preloadChartParts(parts: readonly Part[] = ['bar', 'line', 'markLine']): Promise<void> {
	return Promise.all(parts.map(loadPart)).then(() => undefined);
}

/** The parts an option draws with: its series types and target lines (tooltips wait for a pointer). */
export function partsOf(option: ChartOption): Part[] {
	const series = option.series == null ? [] : Array.isArray(option.series) ? option.series : [option.series];
	const parts = new Set<Part>();
	for (const s of series) {
		if (s.type === 'bar' || s.type === 'line') parts.add(s.type);
		if (s.markLine) parts.add('markLine');
	}
	return [...parts];
}

/**
 * Charts start one per task, in the order they are ready to: each is on screen before the next is
 * drawn (a view's first chart does not wait for the five after it) and the page stays responsive.
 */
let drawing: Promise<void> = Promise.resolve();
const nextTask = () => new Promise<void>((r) => setTimeout(r, 0));
function inTurn(fn: () => void): Promise<void> {
	const turn = drawing.then(fn);
	drawing = turn.catch(() => undefined).then(nextTask);
	return turn;
}

const AUTO = { width: 'auto', height: 'auto' } as const;

const afterPaint = () =>
	new Promise<void>((r) =>
		typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => setTimeout(r, 0)) : setTimeout(r, 0)
	);

export function mountChart(
	node: HTMLElement,
	option: ChartOption,
	onReady: (chart: ECharts) => void,
	/** Height on paper, when lower than on screen (Chart.svelte's `printHeight`, also its print CSS). */
	printHeightPx?: number,
	/**
	 * The box's height as the component sets it now ("320px"): a click that changes it (a bar fewer)
	 * runs this update before the box's style is written, so the style alone would still say the old one.
	 */
	heightOf?: () => string | undefined
): { update(o: ChartOption): void; destroy(): void } {
	let chart: ECharts | undefined;
	let latest = option;
	let destroyed = false;
	// While printing the chart keeps its paper size: the screen's resizes must not undo it.
	let printing = false;
	const resized = (c: ECharts) =>
		!printing && (node.clientWidth !== c.getWidth() || node.clientHeight !== c.getHeight());
	// The box's width as last laid out (read where layout is fresh: at init and in the observer), so a
	// draw never reads layout itself — inside a click's update that forced a layout of the whole page.
	let width = 0;
	/** The size the box will have: its width as observed, its height as Chart.svelte sets it (style, px). */
	const expected = (c: ECharts) => {
		const styled = /^(\d+)px$/.exec(heightOf?.() ?? node.parentElement?.style.height ?? '');
		return { width: width || c.getWidth(), height: styled ? Number(styled[1]) : c.getHeight() };
	};
	const draw = (o: ChartOption) => {
		if (!chart || chart.isDisposed()) return;
		const safe = hardenOption(o);
		// New figures often come with a new size (a bar more or less): drawn once, at the new size,
		// instead of once now and again when the resize is observed.
		const size = expected(chart);
		const resize = !printing && (size.width !== chart.getWidth() || size.height !== chart.getHeight());
		// ECharts' own aria label would replace the chart's Swedish name (Chart.svelte's title) with an
		// English listing of its data, rebuilt on every draw; the figure's title and summary say it instead.
		chart.setOption(
			{ animation: false, ...safe, aria: { enabled: true, label: { enabled: false }, ...(safe.aria as object) } },
			{ notMerge: true, lazyUpdate: resize }
		);
		if (resize) chart.resize(size);
	};
	const apply = (o: ChartOption) => {
		const missing = partsOf(o).filter((p) => !installed.has(p));
		if (!missing.length) return draw(o);
		void Promise.all(missing.map(loadPart)).then(() => {
			if (o === latest) draw(o);
		});
	};
	// Tooltips are fetched with the first pointer or focus on the chart, then merged in (the rest
	// of the chart, e.g. a legend the user toggled, stays as it is).
	const wantTooltip = () => {
		for (const e of TOOLTIP_TRIGGERS) node.removeEventListener(e, wantTooltip);
		void loadPart('tooltip').then(() => {
			const tooltip = hardenOption(latest).tooltip;
			if (chart && !chart.isDisposed() && tooltip !== undefined) chart.setOption({ tooltip });
		});
	};
	for (const e of TOOLTIP_TRIGGERS) node.addEventListener(e, wantTooltip, { passive: true });
	const observer = new ResizeObserver(() => {
		width = node.clientWidth;
		// 'auto': read the box again (a size given to resize() otherwise stays, ECharts keeps it).
		if (chart && resized(chart)) chart.resize(AUTO);
	});
	// After the next paint: the figures beside a chart show first, then ECharts and the parts this
	// option draws with load (in parallel), and it draws.
	void afterPaint().then(async () => {
		let o: ChartOption;
		do {
			o = latest;
			await Promise.all([preloadCharts(), ...partsOf(o).map(loadPart)]);
		} while (o !== latest && !destroyed);
		const { init } = await preloadCharts();
		await inTurn(() => {
			if (destroyed) return;
			chart = init(node, undefined, { renderer: 'canvas' });
			width = chart.getWidth();
			draw(latest);
			onReady(chart);
			observer.observe(node);
		});
	});
	// A canvas does not reflow on paper: before printing, redraw at the A4 content width (the
	// print CSS gives the box the same width, Chart.svelte), and back to the screen's afterwards.
	const toPaper = () => {
		printing = true;
		chart?.resize({ width: PRINT_WIDTH_PX, height: printHeightPx ?? (node.clientHeight || undefined) });
	};
	const toScreen = () => {
		printing = false;
		chart?.resize(AUTO);
	};
	addEventListener('beforeprint', toPaper);
	addEventListener('afterprint', toScreen);
	return {
		update(o) {
			latest = o;
			if (chart) apply(o);
		},
		destroy() {
			destroyed = true;
			for (const e of TOOLTIP_TRIGGERS) node.removeEventListener(e, wantTooltip);
			observer.disconnect();
			removeEventListener('beforeprint', toPaper);
			removeEventListener('afterprint', toScreen);
			chart?.dispose();
		}
	};
}
