import { describe, expect, it } from 'vitest';
import { sickLeaveLinesOptions } from '../../../src/lib/charts/options/sick-leave-lines';
import { staffingBarsOptions } from '../../../src/lib/charts/options/staffing-bars';
import { NEUTRAL } from '../../../src/lib/charts/palette';

type Line = {
	name: string;
	symbol: string;
	color: string;
	lineStyle: { type: string };
	connectNulls: boolean;
	data: [string, number | null][];
};
type Bar = { name: string; data: (number | null)[]; label: { formatter: (p: unknown) => string } };

describe('sick-leave lines', () => {
	const o = sickLeaveLinesOptions(
		[
			{
				name: 'Totalt',
				points: [
					{ x: '2022-08-31', y: 8.76, label: 'jan–aug 2022' },
					{ x: '2023-06-30', y: null, label: 'jan–jun 2023' }
				]
			},
			{ name: 'Kvinnor', points: [{ x: '2023-06-30', y: 7.2, label: 'jan–jun 2023' }] },
			{ name: 'Mål', points: [{ x: '2023-06-30', y: 8, label: 'jan–jun 2023' }], target: true }
		],
		'%',
		1
	);
	const series = o.series as Line[];
	it('keeps a suppressed point as a gap, never connected across it', () => {
		expect(series[0]!.data).toEqual([
			['jan–aug 2022', 8.76],
			['jan–jun 2023', null]
		]);
		expect(series.every((s) => !s.connectNulls)).toBe(true);
	});
	it('draws a single target as a dashed grey line across the chart; actual series differ by symbol; categories are period labels by end date', () => {
		const target = series[2] as unknown as {
			color: string;
			data: unknown[];
			markLine: { lineStyle: { type: string }; data: { yAxis: number }[] };
		};
		expect([target.markLine.lineStyle.type, target.color, target.data]).toEqual(['dashed', NEUTRAL, []]);
		expect(target.markLine.data).toEqual([{ yAxis: 8 }]);
		expect(series[0]!.symbol).not.toBe(series[1]!.symbol);
		expect(o.xAxis as { type: string; data: string[] }).toMatchObject({
			type: 'category',
			data: ['jan–aug 2022', 'jan–jun 2023']
		});
	});
});

describe('staffing bars', () => {
	it('one bar series per group, null stays null, labels in sv-SE, decal patterns on', () => {
		const o = staffingBarsOptions(
			['jan–aug 2022', 'jan–jun 2023'],
			[
				{ name: 'Kvinnor', values: [1068, null] },
				{ name: 'Män', values: [44, 52] }
			],
			'antal',
			0
		);
		const series = o.series as Bar[];
		expect(series.map((s) => [s.name, s.data])).toEqual([
			['Kvinnor', [1068, null]],
			['Män', [44, 52]]
		]);
		expect(series[0]!.label.formatter({ value: 1068 })).toBe('1\u00a0068');
		expect((o.aria as { decal: { show: boolean } }).decal.show).toBe(true);
	});
});
