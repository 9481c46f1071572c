import { formatPrintedNumber } from '$lib/format/number';
import type { ChartOption } from '../echarts';
import { seriesColour } from '../palette';
import { tickLabel } from './axis';

export type LinePoint = {
	series: string;
	/** The period's end, an ISO date (YYYY-MM-DD). */
	x: string;
	y: number | null;
	label: string;
	/** Kind and length of the point's period (e.g. "month:1", "ytd:8"): when all points share one, each period is a labelled category. */
	span?: string;
	/** A suppressed figure: why, shown in the tooltip of a marker on the axis (never a value). */
	suppressed?: string;
};

const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'pin', 'arrow', 'roundRect'];

/**
 * One line per municipality. On a time axis (x = period end) periods of different length sit
 * where they end instead of pretending to be the same category; when every point is the same
 * kind and length of period (calendar years, months, jan–aug of each year) a category axis
 * labels each one exactly. Series without a
 * single value are left out; symbols differ per series so lines are told apart without colour.
 */
export function compareLinesOptions(
	points: LinePoint[],
	axisName: string,
	decimals: number,
	forceCategories = false,
	/** A small multiple (Rapport): the title names the unit, so no axis name, and the plot gets the room. */
	compact = false
): ChartOption {
	const spans = new Set(points.map((p) => p.span));
	const categorical = forceCategories || (spans.size === 1 && !spans.has(undefined));
	// Annual and monthly (or jan–aug) figures never share one line: each length of period is its own series.
	// With one measure (its name is the chart's title) the legend says only the period ("Helår", "Månad").
	const single = new Set(points.map((p) => p.series)).size === 1;
	// A kommun keeps its colour when its figures are split by period length (its series differ by symbol).
	const baseOf = new Map<string, string>();
	if (!categorical && spans.size > 1) {
		const spansOf = new Map<string, Set<string | undefined>>();
		for (const p of points) spansOf.set(p.series, (spansOf.get(p.series) ?? new Set()).add(p.span));
		points = points.map((p) => {
			if (spansOf.get(p.series)!.size < 2) return p;
			const span = spanLabel(p.span);
			const series = single ? span[0]!.toUpperCase() + span.slice(1) : `${p.series} (${span})`;
			if (!single) baseOf.set(series, p.series);
			return { ...p, series };
		});
	}
	const names = [...new Set(points.filter((p) => p.y != null).map((p) => p.series))];
	const hidden = points.filter((p) => p.suppressed);
	// x is an ISO date: compared as text, without localeCompare's collation (a thousand points at scale).
	const categories = [
		...new Map([...points].sort((a, b) => (a.x < b.x ? -1 : a.x > b.x ? 1 : 0)).map((p) => [p.label, p.x])).keys()
	];
	// Each series' point per category, looked up once (a thousand points at scale: not a search per cell).
	const at = new Map<string, LinePoint>();
	if (categorical)
		for (const p of points) if (!at.has(`${p.series}\u0000${p.label}`)) at.set(`${p.series}\u0000${p.label}`, p);
	const data = (name: string) =>
		categorical
			? categories.map((c) => ({ value: at.get(`${name}\u0000${c}`)?.y ?? null, name: c }))
			: points
					.filter((p) => p.series === name && p.y != null)
					.map((p) => ({ value: [p.x, p.y!] as [string, number], name: p.label }));
	return {
		// Room above the plot for the legend row and, under it, the axis name: they never overlap.
		grid: compact
			? { left: 4, right: 16, top: names.length > 1 ? 8 + 20 * legendRows(names) : 10, bottom: 4, containLabel: true }
			: { left: 8, right: 24, top: names.length > 1 ? 52 : 32, bottom: 24, containLabel: true },
		// A single line needs no legend: the chart's title names it.
		// A small multiple shows every name (it may be printed, where a scrolling legend hides some).
		legend:
			names.length > 1
				? compact
					? { top: 0, left: 0, width: '90%', type: 'plain' }
					: { top: 0, type: 'scroll' }
				: { show: false },
		tooltip: {
			trigger: 'item',
			formatter: (p) => {
				const d = p as unknown as {
					data: { name: string; value: number | [string, number]; series?: string; why?: string };
					seriesName: string;
				};
				if (d.data.why) return `${d.data.series}, ${d.data.name}: ${d.data.why}`;
				const y = Array.isArray(d.data.value) ? d.data.value[1] : d.data.value;
				return `${d.seriesName}, ${d.data.name}: ${formatPrintedNumber(y, axisName, decimals)}`;
			}
		},
		xAxis: categorical
			? { type: 'category', data: categories, boundaryGap: false }
			: // A little room at both ends, so the first and last points are not cut by the plot's edge.
				{
					type: 'time',
					minInterval: 86_400_000 * 28,
					boundaryGap: ['3%', '3%'],
					axisLabel: { formatter: (v: number) => timeLabel(v), hideOverlap: true }
				},
		yAxis: {
			type: 'value',
			name: compact ? '' : axisName,
			nameTextStyle: { align: 'left' },
			axisLabel: { formatter: tickLabel(axisName, decimals) },
			// Zero is on the axis (counts from 24 to 26 must not look like a tripling).
			scale: false,
			// Few ticks: a small chart (Rapport, on paper) keeps its labels apart.
			splitNumber: compact ? 3 : 4
		},
		series: [
			...names.map((name, i) => ({
				type: 'line' as const,
				name,
				symbol: SYMBOLS[i % SYMBOLS.length]!,
				symbolSize: 9,
				color: seriesColour(baseOf.get(name) ?? name, i),
				connectNulls: false,
				data: data(name)
			})),
			...(hidden.length ? [suppressedMarks(hidden, categorical)] : [])
		]
	};
}

/** Suppressed figures as hollow grey marks on the zero line: hover says "skyddad" and why. */
function suppressedMarks(hidden: LinePoint[], categorical: boolean) {
	return {
		type: 'line' as const,
		name: 'Skyddad',
		symbol: 'emptyCircle',
		symbolSize: 9,
		color: '#767676',
		lineStyle: { width: 0 },
		data: hidden.map((p) => ({
			value: [categorical ? p.label : p.x, 0] as [string, number],
			name: p.label,
			series: p.series,
			why: p.suppressed
		}))
	};
}

/**
 * Rows a plain legend takes (about 6,5 px a character, 35 px of symbol and gap per item) at the
 * narrowest a small multiple gets (a Rapport card, a phone): wider, it takes fewer and leaves room.
 */
export const SMALL_CHART_PX = 300;
export function legendRows(names: string[], width = SMALL_CHART_PX): number {
	let rows = 1,
		used = 0;
	for (const n of names) {
		const w = n.length * 6.5 + 35;
		if (used + w > width * 0.9 && used > 0) {
			rows++;
			used = 0;
		}
		used += w;
	}
	return rows;
}

/** "month:1" (Jämför) or "1" (months, Rapport) → "månad"; 12 months → "helår"; else "8 mån". */
export function spanLabel(span: string | undefined): string {
	const months = Number(span?.split(':').at(-1));
	if (months === 1) return 'månad';
	if (months === 12) return 'helår';
	return Number.isFinite(months) ? `${months} mån` : 'period';
}

const MONTHS_SV = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/** A tick on the time axis: the year at a year's start, else "aug 2023" — never the same year twice. */
function timeLabel(v: number): string {
	const d = new Date(v);
	return d.getMonth() === 0 && d.getDate() === 1
		? String(d.getFullYear())
		: `${MONTHS_SV[d.getMonth()]} ${d.getFullYear()}`;
}
