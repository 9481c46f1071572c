import type { ChartOption } from './echarts';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML that shows it verbatim (a label `<img onerror=…>` stays text). */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

type Formatter = (...args: unknown[]) => unknown;
type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A tooltip formatter's text goes into the tooltip as HTML: every one returns plain text, escaped here. */
function escapeFormatter(tooltip: Obj): Obj {
	const f = tooltip.formatter;
	if (typeof f !== 'function') return tooltip;
	return {
		...tooltip,
		formatter: (...args: unknown[]) => {
			const out = (f as Formatter)(...args);
			return typeof out === 'string' ? escapeHtml(out) : out;
		}
	};
}

/** Rich text would read `{style|text}` in a data label as markup; labels here are plain text. */
function withoutRich(o: Obj): Obj {
	const { rich: _rich, ...rest } = o;
	return rest;
}

/**
 * Every option reaches ECharts through here (screen and SVG export), so no text from data is
 * ever read as HTML or as ECharts markup: tooltip formatters are escaped (ECharts' own default
 * tooltip escapes names and values itself) and rich text is dropped from series labels.
 */
export function hardenOption(option: ChartOption): ChartOption {
	const o = { ...option } as Obj;
	if (o.tooltip !== undefined)
		o.tooltip = Array.isArray(o.tooltip)
			? o.tooltip.map((t) => (isObj(t) ? escapeFormatter(t) : t))
			: isObj(o.tooltip)
				? escapeFormatter(o.tooltip)
				: o.tooltip;
	if (o.series !== undefined) {
		const series = (Array.isArray(o.series) ? o.series : [o.series]).map((s) => {
			if (!isObj(s)) return s;
			const copy: Obj = { ...s };
			for (const key of ['label', 'endLabel'] as const) if (isObj(copy[key])) copy[key] = withoutRich(copy[key]);
			if (isObj(copy.tooltip)) copy.tooltip = escapeFormatter(copy.tooltip);
			return copy;
		});
		o.series = series;
	}
	return o as ChartOption;
}
