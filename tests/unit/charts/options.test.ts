import { describe, expect, it } from 'vitest';
import { compareLinesOptions } from '../../../src/lib/charts/options/compare-lines';
import { deviationBarsOptions } from '../../../src/lib/charts/options/deviation-bars';
import { rankedBarsOptions } from '../../../src/lib/charts/options/ranked-bars';
import { FAVOURABLE, KOMMUN_COLOUR, UNFAVOURABLE } from '../../../src/lib/charts/palette';

type BarDatum = { value: number; itemStyle: { color: string } };

describe('chart option builders', () => {
	it('deviation bars colour by sign and print the sign in the label', () => {
		const o = deviationBarsOptions(['A', 'B'], [-3.2, 1.5]);
		const series = (o.series as { data: BarDatum[]; label: { formatter: (p: unknown) => string } }[])[0]!;
		expect(series.data.map((d) => d.itemStyle.color)).toEqual([UNFAVOURABLE, FAVOURABLE]);
		expect(series.label.formatter({ value: -3.2 })).toBe('\u22123,2\u00a0%');
		expect(series.label.formatter({ value: 1.5 })).toBe('+1,5\u00a0%');
	});
	it('compare lines: one series per municipality, time axis, nulls dropped, distinct symbols', () => {
		const o = compareLinesOptions(
			[
				{ series: 'Aby', x: '2022-12-31', y: 8, label: '2022' },
				{ series: 'Aby', x: '2023-12-31', y: null, label: '2023' },
				{ series: 'Bby', x: '2023-08-31', y: 7, label: 'jan–aug 2023' }
			],
			'%',
			1
		);
		const series = o.series as { name: string; symbol: string; data: unknown[] }[];
		expect(series.map((s) => [s.name, s.data.length])).toEqual([
			['Aby', 1],
			['Bby', 1]
		]);
		expect(new Set(series.map((s) => s.symbol)).size).toBe(2);
		expect((o.xAxis as { type: string }).type).toBe('time');
	});
	it('compare lines: periods of one kind and length become labelled categories; series without values are left out', () => {
		const o = compareLinesOptions(
			[
				{ series: 'Aby', x: '2024-01-31', y: 21.5, label: 'jan 2024', span: 'month:1' },
				{ series: 'Aby', x: '2024-02-29', y: 22.5, label: 'feb 2024', span: 'month:1' },
				{ series: 'Bby', x: '2024-02-29', y: 23, label: 'feb 2024', span: 'month:1' },
				{ series: 'Cby', x: '2024-02-29', y: null, label: 'feb 2024', span: 'month:1' }
			],
			'%',
			1
		);
		expect(o.xAxis).toMatchObject({ type: 'category', data: ['jan 2024', 'feb 2024'] });
		const series = o.series as { name: string; data: { value: number | null }[] }[];
		expect(series.map((s) => [s.name, s.data.map((d) => d.value)])).toEqual([
			['Aby', [21.5, 22.5]],
			['Bby', [null, 23]]
		]);
		const mixed = compareLinesOptions(
			[
				{ series: 'Aby', x: '2023-08-31', y: 1, label: 'jan–aug 2023', span: 'ytd:8' },
				{ series: 'Aby', x: '2023-06-30', y: 1, label: 'jan–jun 2023', span: 'ytd:6' }
			],
			'%',
			1
		);
		expect((mixed.xAxis as { type: string }).type).toBe('time');
	});
	it('ranked bars keep the given order and format values in sv-SE', () => {
		const o = rankedBarsOptions(['A', 'B'], [1068, 6.8], 'antal', 1);
		expect((o.yAxis as { data: string[] }).data).toEqual(['A', 'B']);
		const label = (o.series as { label: { formatter: (p: unknown) => string } }[])[0]!.label;
		// One decimals rule: a whole count shows none, a stated 6,8 keeps its one.
		expect(label.formatter({ value: 1068 })).toBe('1\u00a0068');
		expect(label.formatter({ value: 6.8 })).toBe('6,8');
	});
});

describe('compare lines: one reading of the axes and colours', () => {
	const o = compareLinesOptions(
		[
			{ series: 'Timrå', x: '2022-12-31', y: 24, label: '2022', span: 'year:12' },
			{ series: 'Timrå', x: '2023-01-31', y: 25, label: 'jan 2023', span: 'month:1' },
			{ series: 'Gnesta', x: '2022-12-31', y: 26, label: '2022', span: 'year:12' }
		],
		'antal',
		0
	);
	const series = o.series as { name: string; color: string }[];
	it('annual and monthly points are separate series; a kommun keeps its colour; the axis starts at zero', () => {
		expect(series.map((s) => s.name)).toEqual(['Timrå (helår)', 'Timrå (månad)', 'Gnesta']);
		expect(series[2]!.color).toBe(KOMMUN_COLOUR.Gnesta);
		expect((o.yAxis as { scale: boolean }).scale).toBe(false);
	});
});

describe('compare lines: a suppressed figure', () => {
	type Mark = { name: string; data: { value: [string, number]; name: string; series: string; why?: string }[] };
	const why = 'skyddad: gruppen har 10 eller färre anställda';
	const o = compareLinesOptions(
		[
			{ series: 'Gnesta', x: '2023-12-31', y: 6.9, label: '2023', span: 'year:12' },
			{ series: 'Gnesta', x: '2024-12-31', y: null, label: '2024', span: 'year:12', suppressed: why }
		],
		'%',
		1
	);
	const series = o.series as Mark[];
	const tooltip = (o.tooltip as { formatter: (p: unknown) => string }).formatter;

	it('is a mark at its own period on the zero line, never a value', () => {
		const mark = series.find((s) => s.name === 'Skyddad')!;
		expect(mark.data).toEqual([{ value: ['2024', 0], name: '2024', series: 'Gnesta', why }]);
	});

	it('whose tooltip says skyddad and why', () => {
		const mark = series.find((s) => s.name === 'Skyddad')!;
		expect(tooltip({ data: mark.data[0], seriesName: 'Skyddad' })).toBe(`Gnesta, 2024: ${why}`);
	});

	it('without one, no mark series is drawn', () => {
		const plain = compareLinesOptions([{ series: 'A', x: '2024-12-31', y: 1, label: '2024' }], '%', 1);
		expect((plain.series as Mark[]).map((s) => s.name)).toEqual(['A']);
	});
});
