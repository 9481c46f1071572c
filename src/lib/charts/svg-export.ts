// Loaded only when a user asks for an SVG, so the SVG renderer stays out of the first download.
import { SVGRenderer } from 'echarts/renderers';
import { init, use, type ChartOption } from './echarts';
import { escapeHtml, hardenOption } from './safe-option';

use([SVGRenderer]);

/** What the file says it is: the chart's Swedish title and text alternative (both may carry data labels). */
export type SvgText = { title: string; summary: string };

/**
 * The chart drawn once more as SVG, off screen (ECharts' server-side mode works in the browser too).
 * The file names itself in `<title>` and `<desc>`, as the chart on screen does in its name and caption:
 * ECharts' own aria description is English and is left off.
 */
export function chartToSvg(option: ChartOption, width: number, height: number, text?: SvgText): string {
	const chart = init(null, undefined, { renderer: 'svg', ssr: true, width, height });
	try {
		chart.setOption({
			...hardenOption(option),
			animation: false,
			backgroundColor: '#fff',
			aria: { enabled: false }
		});
		const svg = chart.renderToSVGString();
		if (!text) return svg;
		const named = `<title>${escapeHtml(text.title)}</title><desc>${escapeHtml(text.summary)}</desc>`;
		return svg.replace(/^(<svg[^>]*>)/, `$1${named}`);
	} finally {
		chart.dispose();
	}
}
