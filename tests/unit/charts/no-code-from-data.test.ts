import { describe, expect, it } from 'vitest';
import type { ChartOption } from '../../../src/lib/charts/echarts';
import { compareLinesOptions } from '../../../src/lib/charts/options/compare-lines';
import { deviationBarsOptions } from '../../../src/lib/charts/options/deviation-bars';
import { rankedBarsOptions } from '../../../src/lib/charts/options/ranked-bars';
import { sickLeaveLinesOptions } from '../../../src/lib/charts/options/sick-leave-lines';
import { staffingBarsOptions } from '../../../src/lib/charts/options/staffing-bars';
import { escapeHtml, hardenOption } from '../../../src/lib/charts/safe-option';
import { chartToSvg } from '../../../src/lib/charts/svg-export';

// What a hostile extract, a Kolada mirror or an edited municipalities.csv can put in any label.
const XSS = '<img src=x onerror="window.__pwned=1">';
const RICH = '{b|Sabotage}';
const label = (kind: string) => `${kind} ${XSS} ${RICH}`;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every tooltip text the option can produce: its formatter called as ECharts calls it, per data item. */
function tooltipTexts(option: ChartOption): string[] {
	const o = option as Obj;
	const formatter = isObj(o.tooltip) ? o.tooltip.formatter : undefined;
	if (typeof formatter !== 'function') return [];
	const series = o.series as Obj[];
	return series.flatMap((s) =>
		(s.data as unknown[])
			.filter((d) => d != null)
			.map((d) =>
				String(
					formatter({
						seriesName: s.name,
						data: d,
						value: isObj(d) ? d.value : d,
						name: isObj(d) ? d.name : Array.isArray(d) ? d[0] : undefined
					})
				)
			)
	);
}

function hasKey(v: unknown, key: string): boolean {
	if (Array.isArray(v)) return v.some((x) => hasKey(x, key));
	if (!isObj(v)) return false;
	return Object.entries(v).some(([k, x]) => k === key || hasKey(x, key));
}

const cases: [string, ChartOption][] = [
	[
		'compare lines (category axis: kommun, period label)',
		compareLinesOptions(
			[
				{ series: label('kommun'), x: '2024-01-31', y: 4.5, label: label('period'), span: 'month:1' },
				{ series: label('kommun'), x: '2024-02-29', y: 5.5, label: label('period2'), span: 'month:1' }
			],
			label('axel'),
			1
		)
	],
	[
		'compare lines (time axis)',
		compareLinesOptions(
			[{ series: label('kommun'), x: '2024-01-31', y: 4.5, label: label('period') }],
			label('axel'),
			1
		)
	],
	[
		'sick-leave lines (series, period label)',
		sickLeaveLinesOptions(
			[{ name: label('enhet'), points: [{ x: '2024-01-31', y: 7.1, label: label('period') }] }],
			label('axel'),
			1
		)
	],
	['ranked bars (kommun labels)', rankedBarsOptions([label('kommun'), 'Nybro'], [1, 2], label('axel'), 1)],
	[
		'staffing bars (category, series)',
		staffingBarsOptions([label('åldersgrupp')], [{ name: label('kön'), values: [3] }], label('axel'), 0)
	],
	['deviation bars (area labels, unit)', deviationBarsOptions([label('område')], [-1.2], label('enhet'), 1)]
];

describe('no code from data: every label kind reaches ECharts as text', () => {
	it('escapeHtml encodes the five HTML metacharacters', () => {
		expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
			'&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;'
		);
	});

	for (const [name, option] of cases) {
		it(`${name}: tooltips escaped, no rich text, SVG export escaped`, () => {
			const safe = hardenOption(option);
			for (const text of tooltipTexts(safe)) {
				expect(text).not.toMatch(/<img/i);
				expect(text).toContain('&lt;img src=x onerror=&quot;');
			}
			// The builders' own formatters really do put the label in the tooltip (so escaping matters).
			for (const text of tooltipTexts(option)) expect(text).toContain('<img');
			expect(hasKey(safe, 'rich')).toBe(false);
			const svg = chartToSvg(safe, 640, 360);
			expect(svg).not.toMatch(/<img/i);
			expect(svg).toContain('&lt;img');
		});
	}

	it('an SVG export names itself in Swedish, its title and text alternative escaped', () => {
		const svg = chartToSvg(cases[0]![1], 640, 360, { title: `Sjukfrånvaro ${XSS}`, summary: 'Timrå & Nybro' });
		expect(svg).toMatch(/^<svg[^>]*><title>Sjukfrånvaro &lt;img src=x onerror=&quot;/);
		expect(svg).toContain('<desc>Timrå &amp; Nybro</desc>');
		expect(svg).not.toMatch(/<img/i);
		expect(svg).not.toMatch(/This is a chart|aria-label/);
	});

	it('drops rich text from series labels and escapes a series-level tooltip formatter', () => {
		const option = {
			series: [
				{
					type: 'bar',
					name: 's',
					data: [1],
					label: { show: true, rich: { b: { color: 'red' } } },
					tooltip: { formatter: () => XSS }
				}
			],
			tooltip: [{ formatter: () => XSS }]
		} as unknown as ChartOption;
		const safe = hardenOption(option) as unknown as {
			series: { label: Obj; tooltip: { formatter: () => string } }[];
			tooltip: { formatter: () => string }[];
		};
		expect(safe.series[0]!.label.rich).toBeUndefined();
		expect(safe.series[0]!.tooltip.formatter()).not.toContain('<');
		expect(safe.tooltip[0]!.formatter()).not.toContain('<');
		// The caller's option is left as it was.
		expect((option as unknown as { series: { label: Obj }[] }).series[0]!.label.rich).toBeDefined();
	});
});
