import { describe, expect, it } from 'vitest';
import type { FigureRow } from '../../../src/lib/queries/sick-leave';
import { barSeries, summaryOf, trendSeries } from '../../../src/routes/personal/_personal/chart-data';
import {
	ageLabel,
	betterWord,
	changeText,
	decimalsOf,
	exportRows,
	groupLabel,
	periodNote
} from '../../../src/routes/personal/_personal/labels';

const NBSP = '\u00a0';
const row = (r: Partial<FigureRow>): FigureRow =>
	({
		kommun: '0461',
		name: 'Gnesta',
		measure: 'sick_leave_total_pct',
		label_sv: 'Sjukfrånvaro totalt',
		unit: '%',
		decimals: 1,
		higher_is_better: false,
		sex: 'T',
		age_band: null,
		unit_area: null,
		detail: null,
		period_start: '2023-01-01',
		period_end: '2023-06-30',
		period_kind: 'half',
		period_label: 'jan–jun 2023',
		period_months: 6,
		value: 8.2,
		n: null,
		suppressed: false,
		suppression: null,
		target: null,
		meets_target: null,
		change: null,
		prev_label: null,
		same_length: null,
		direction: null,
		better: null,
		note: null,
		file: 'gnesta.txt',
		line: 12,
		quote: 'q',
		target_file: null,
		target_line: null,
		target_quote: null,
		...r
	}) as FigureRow;

describe('Personal labels', () => {
	it('names age bands as the documents group them', () => {
		expect(ageLabel('-29')).toBe('29 år och yngre');
		expect(ageLabel('30-49')).toBe('30–49 år');
		expect(ageLabel('50-')).toBe('50 år och äldre');
	});

	it('labels a group by unit, age and sex; "Totalt" only for the whole', () => {
		expect(groupLabel(row({}))).toBe('Totalt');
		expect(groupLabel(row({ sex: 'K', age_band: '30-49' }))).toBe('30–49 år, Kvinnor');
		expect(groupLabel(row({ unit_area: 'Hemtjänst' }))).toBe('Hemtjänst');
	});

	it("keeps the decimals a document printed, and at least the measure's for percentages", () => {
		expect(decimalsOf(row({ value: 7.07 }))).toBe(2);
		expect(decimalsOf(row({ value: 8 }))).toBe(1);
		expect(decimalsOf(row({ unit: 'årsarbetare', value: 270 }))).toBe(0);
	});

	it('says change in procentenheter and direction as better/worse by the measure', () => {
		expect(changeText(row({ change: -0.5 }))).toBe(`${'\u2212'}0,5 procentenheter`);
		expect(changeText(row({ unit: 'antal', change: 3 }))).toBe('+3');
		expect(betterWord(row({ direction: 'down', better: true }))).toBe('minskat – bättre');
		expect(betterWord(row({ direction: 'flat' }))).toBe('oförändrat');
	});

	it('exports a suppressed cell as "–" with the reason, never its value', () => {
		const [e] = exportRows([row({ value: null, suppressed: true, suppression: 'complementary', sex: 'M' })]);
		expect(e).toMatchObject({
			value: '–',
			status: 'skyddad: dold så att en liten grupp inte kan räknas fram ur totalen',
			source: 'gnesta.txt, rad 12'
		});
	});

	it('says so when periods side by side differ in length', () => {
		expect(periodNote([row({}), row({ period_label: '2022', period_months: 12 })])).toContain(
			'jan–jun 2023 (6 mån), 2022 (12 mån)'
		);
		expect(periodNote([row({}), row({ name: 'Timrå' })])).toBeNull();
	});
});

describe('Personal chart data', () => {
	it('draws one line per group plus a target line from the total rows', () => {
		const s = trendSeries([row({ target: 8 }), row({ sex: 'K', value: 9.1 })], (r) => r.sex, 'Mål');
		expect(s.map((x) => [x.name, x.points.length, x.target ?? false])).toEqual([
			['T', 1, false],
			['K', 1, false],
			['Mål', 1, true]
		]);
	});

	it('leaves a suppressed or missing bar empty (null), not zero', () => {
		const { categories, series } = barSeries(
			[
				row({ sex: 'K', value: 9 }),
				row({ sex: 'M', value: null, suppressed: true }),
				row({ sex: 'K', period_label: '2022', value: 7 })
			],
			(r) => r.period_label,
			(r) => r.sex
		);
		expect(categories).toEqual(['jan–jun 2023', '2022']);
		expect(series).toEqual([
			{ name: 'K', values: [9, 7] },
			{ name: 'M', values: [null, null] }
		]);
	});

	it('the text alternative names protected figures as protected', () => {
		expect(summaryOf('Linjediagram', [row({}), row({ sex: 'M', value: null, suppressed: true })])).toBe(
			`Linjediagram. Gnesta Totalt jan–jun 2023: 8,2${NBSP}%; Gnesta Män jan–jun 2023: skyddad (liten grupp).`
		);
	});
});
