// Loaded only when a user asks for an SVG, so the SVG renderer stays out of the first download.
import { SVGRenderer } from 'echarts/renderers';
import { init, use, type ChartOption } from './echarts';
import { hardenOption } from './safe-option';

use([SVGRenderer]);

/** The chart drawn once more as SVG, off screen (ECharts' server-side mode works in the browser too). */
export function chartToSvg(option: ChartOption, width: number, height: number): string {
	const chart = init(null, undefined, { renderer: 'svg', ssr: true, width, height });
	try {
		chart.setOption({
			...hardenOption(option),
			animation: false,
			backgroundColor: '#fff',
			aria: { enabled: true, ...(option.aria as object) }
		});
		return chart.renderToSVGString();
	} finally {
		chart.dispose();
	}
}
