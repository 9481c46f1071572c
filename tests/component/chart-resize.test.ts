import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChartOption } from '../../src/lib/charts/echarts';

// ECharts itself is replaced by a recorder: the test is about when chart.ts asks it to draw and resize.
type Call = [string, unknown];
const calls: Call[] = [];
const fake = {
	width: 600,
	height: 200,
	getWidth: () => fake.width,
	getHeight: () => fake.height,
	isDisposed: () => false,
	setOption: (o: ChartOption, how?: unknown) => void calls.push(['setOption', how ?? o]),
	resize: (size: { width: number; height: number }) => {
		calls.push(['resize', size]);
		[fake.width, fake.height] = [size.width, size.height];
	},
	dispose: () => {}
};
vi.mock('$lib/charts/echarts', () => ({ init: () => fake, use: () => {} }));
vi.mock('$lib/charts/parts/bar', () => ({ part: {} }));

afterEach(() => void (calls.length = 0));

describe('a chart whose figures come with a new height (a kommun fewer in the ranked bars)', () => {
	it('is drawn once, at the height the component gives it now, not at the old one and again when the box resizes', async () => {
		const { mountChart } =
			await vi.importActual<typeof import('../../src/lib/charts/chart')>('../../src/lib/charts/chart');
		globalThis.ResizeObserver ??= class {
			observe() {}
			disconnect() {}
		} as unknown as typeof ResizeObserver;
		const box = document.body.appendChild(document.createElement('div'));
		box.style.height = '200px';
		const node = box.appendChild(document.createElement('div'));
		let height = '200px';
		const bars = (n: number): ChartOption => ({
			series: [{ type: 'bar', data: Array.from({ length: n }, (_, i) => i) }]
		});
		let ready = false;
		const chart = mountChart(
			node,
			bars(4),
			() => (ready = true),
			undefined,
			() => height
		);
		await vi.waitFor(() => expect(ready).toBe(true));
		calls.length = 0;

		// The component's height is new; its box's style is written later in the same update.
		height = '160px';
		chart.update(bars(3));
		expect(calls).toEqual([
			['setOption', { notMerge: true, lazyUpdate: true }],
			['resize', { width: 600, height: 160 }]
		]);
		chart.destroy();
		box.remove();
	});
});
