import type { Page } from 'playwright-core';
import { PALETTE } from '../../../src/lib/charts/palette';

/** Pixels of the chart's series colours, in page coordinates, right-most first, one per 4 px cell. */
export async function seriesPixels(page: Page, selector: string): Promise<{ x: number; y: number }[]> {
	return page.evaluate(
		({ selector, palette }) => {
			const canvas = document.querySelector<HTMLCanvasElement>(`${selector} canvas`)!;
			const { data, width, height } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
			const rect = canvas.getBoundingClientRect();
			const sx = rect.width / width;
			const sy = rect.height / height;
			const colours = new Set(palette.map((h) => h.toLowerCase()));
			const seen = new Set<string>();
			const out: { x: number; y: number }[] = [];
			for (let y = 0; y < height; y++)
				for (let x = 0; x < width; x++) {
					const i = (y * width + x) * 4;
					const hex = `#${[data[i], data[i + 1], data[i + 2]].map((v) => v!.toString(16).padStart(2, '0')).join('')}`;
					if (data[i + 3] !== 255 || !colours.has(hex)) continue;
					const cell = `${Math.round((x * sx) / 4)},${Math.round((y * sy) / 4)}`;
					if (seen.has(cell)) continue;
					seen.add(cell);
					out.push({ x: rect.left + x * sx, y: rect.top + y * sy });
				}
			return out.sort((a, b) => b.x - a.x);
		},
		{ selector, palette: PALETTE }
	);
}
