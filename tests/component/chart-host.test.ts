import { afterEach, describe, expect, it } from 'vitest';
import Comparison from './helpers/ComparisonHarness.svelte';
import { button, fakeRunner, render, settle } from './helpers/fake-source';
import { compareRow } from './helpers/rows';

let destroy = () => {};
afterEach(() => destroy());

const ROWS = [
	compareRow({}),
	compareRow({
		kommun: '9998',
		name: 'Annan kommun',
		report_label: 'Delår 2024',
		deviation_pct: 1.2,
		deviation_tkr: 3_000
	}),
	compareRow({ area_std: 'ifo', area_std_label: 'IFO', deviation_pct: -4 })
];

describe('a chart host: Jämför avvikelsen mellan kommuner', () => {
	it('draws the chosen area’s rows and offers them as a table', async () => {
		const { runner, asked } = fakeRunner(() => ROWS);
		const view = await render(Comparison, {}, runner);
		destroy = view.destroy;
		expect(asked.map((q) => q.purpose)).toHaveLength(1);
		const canvas = view.target.querySelector<HTMLElement>('[role="img"]')!;
		const option = JSON.parse(canvas.dataset.option!) as { yAxis: { data: string[] } | { data: string[] }[] };
		expect(JSON.stringify(option)).toContain('Testkommun T2 2024');
		expect(JSON.stringify(option)).toContain('Annan kommun Delår 2024');
		expect(JSON.stringify(option)).not.toContain('IFO');
		// The table alternative is built when the user opens it.
		const details = view.target.querySelector<HTMLDetailsElement>('.table-alt')!;
		expect(details.querySelector('table')).toBeNull();
		details.open = true;
		details.dispatchEvent(new Event('toggle'));
		await settle();
		const tableRows = view.target.querySelectorAll('.table-alt tbody tr');
		expect(tableRows.length).toBe(2);
	});

	it('draws only the area chosen in the filter bar', async () => {
		const { runner } = fakeRunner(() => ROWS);
		const view = await render(Comparison, { chosen: 'ifo' }, runner);
		destroy = view.destroy;
		const canvas = view.target.querySelector<HTMLElement>('[role="img"]')!;
		expect(canvas.getAttribute('aria-label')).toContain('IFO');
		expect(canvas.dataset.option).toContain('"value":-4');
		expect(canvas.dataset.option).not.toContain('Annan kommun');
	});

	it('shows the failure with a retry instead of an empty chart', async () => {
		let fail = true;
		const { runner } = fakeRunner(() => (fail ? new Error('Out of Memory Error') : ROWS));
		const view = await render(Comparison, {}, runner);
		destroy = view.destroy;
		expect(view.target.querySelector('[role="img"]')).toBeNull();
		expect(view.target.querySelector('[data-testid="error-notice"]')?.textContent).toContain('Out of Memory Error');
		expect(view.target.textContent).not.toContain('Inga jämförbara belopp');
		fail = false;
		button(view.target, 'Försök igen').click();
		await settle();
		expect(view.target.querySelector('[data-testid="error-notice"]')).toBeNull();
		expect(view.target.querySelector('[role="img"]')).not.toBeNull();
	});
});
