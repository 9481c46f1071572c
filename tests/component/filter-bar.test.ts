import { afterEach, describe, expect, it, vi } from 'vitest';
import { goto } from '$app/navigation';
import Controls from '../../src/routes/personal/_personal/Controls.svelte';
import Movement from '../../src/routes/ekonomi/_ekonomi/Movement.svelte';
import { fakeRunner, render } from './helpers/fake-source';

let destroy = () => {};
afterEach(() => destroy());

// Synthetic rows for component tests only (not figures from any document).
const KOMMUNER = [
	{ kommun: '0001', name: 'Aby', sick_leave_rows: 3, staffing_rows: 1 },
	{ kommun: '0002', name: 'Bby', sick_leave_rows: 0, staffing_rows: 2 }
];

describe('the one filter bar (Personal)', () => {
	it('holds the view’s choices as labelled controls, and a choice goes to the URL', async () => {
		const { runner } = fakeRunner(() => []);
		const view = await render(
			Controls,
			{
				kommuner: KOMMUNER,
				kommun: '0001',
				measure: 'sick_leave_total_pct',
				measures: [
					{ measure: 'sick_leave_total_pct', label: 'Sjukfrånvaro totalt' },
					{ measure: 'sick_leave_day1_14_pct', label: 'Sjukfrånvaro dag 1–14' }
				]
			},
			runner
		);
		destroy = view.destroy;
		const bar = view.target.querySelector('[data-testid="filter-bar"]')!;
		expect(bar.getAttribute('role')).toBe('group');
		expect(bar.classList.contains('no-print')).toBe(true);
		expect([...bar.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
			'Aby',
			'Bby (bara personalsiffror)'
		]);
		expect(bar.querySelector('legend')?.textContent).toBe('Mått för sjukfrånvaro');
		const radio = bar.querySelector<HTMLInputElement>('input[name="matt"][value="sick_leave_day1_14_pct"]')!;
		radio.click();
		expect(vi.mocked(goto).mock.calls.at(-1)?.[0]).toContain('matt=sick_leave_day1_14_pct');
	});
});

describe('the shared amount table (Ekonomi’s movement)', () => {
	it('has a caption, one row heading per area, and right-aligned figures under report headings', async () => {
		const row = (report_id: string, report_label: string, deviation_tkr: number, change_tkr: number | null) => ({
			area_label: 'Nämnden totalt',
			area_std: 'total',
			report_id,
			report_label,
			period_end: '2023-11-30',
			deviation_kind: 'forecast',
			period_label: 'jan–nov 2023',
			deviation_tkr,
			change_tkr
		});
		const { runner } = fakeRunner(() => [row('a', 'Nov', -1000, null), row('b', 'Dec', -1500, -500)]);
		const view = await render(Movement, { kommun: '0001', year: 2023 }, runner);
		destroy = view.destroy;
		const table = view.target.querySelector('table.amounts')!;
		expect(table.querySelector('caption')?.textContent).toContain('Nettoavvikelse per rapport, tkr');
		expect([...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim())).toEqual([
			'Område',
			'Novprognos helår',
			'Decprognos helår'
		]);
		expect(table.querySelector('tbody th[scope="row"]')?.textContent).toBe('Nämnden totalt');
		const cells = [...table.querySelectorAll('tbody td')];
		expect(cells.every((td) => td.classList.contains('num'))).toBe(true);
		expect(cells[1]?.textContent?.replace(/\s+/g, ' ').trim()).toBe('−1 500 tkr underskott (−500 tkr)');
	});
});
