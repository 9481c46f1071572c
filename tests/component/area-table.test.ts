import { afterEach, describe, expect, it } from 'vitest';
import AreaTable from '../../src/routes/ekonomi/_ekonomi/AreaTable.svelte';
import { fakeRunner, render } from './helpers/fake-source';
import { AREAS, areaRow } from './helpers/rows';

let destroy = () => {};
afterEach(() => destroy());

const cells = (tr: Element) => [...tr.children].map((c) => c.textContent?.replace(/\s+/g, ' ').trim());

describe('the area table', () => {
	it('shows only the amount columns the report states, with signs and words for deviations', async () => {
		const { runner } = fakeRunner(() => []);
		const view = await render(
			AreaTable,
			{ rows: AREAS, drillHref: (a: string) => `?omrade=${a}`, filename: 'x' },
			runner
		);
		destroy = view.destroy;
		const head = cells(view.target.querySelector('thead tr')!);
		expect(head).toEqual([
			'Område',
			'Budget helår',
			'Prognos helår',
			'Prognosavvikelse helår',
			'Avvikelse, % av budget'
		]);
		const body = [...view.target.querySelectorAll('tbody tr')].map(cells);
		expect(body[1]).toEqual([
			'Äldreomsorg Individ- och familjeomsorg',
			'−300 000 tkr',
			'–',
			// A budget deviation reads as sign and word (an arrow means change over time).
			'−15 000 tkr underskott',
			'−5,0 %'
		]);
		expect(body[2]?.[3]).toBe('+2 655 tkr överskott');
		expect(view.target.querySelector('tbody tr')?.classList.contains('total')).toBe(true);
		expect(view.target.querySelector('tbody a')?.getAttribute('href')).toBe('?omrade=Nämnden totalt');
	});

	it('marks a sub-area as "varav" under its parent', async () => {
		const child = areaRow({ area_label: 'Hemtjänst', parent_area_label: 'Äldreomsorg', budget_year_tkr: -100_000 });
		const { runner } = fakeRunner(() => []);
		const view = await render(AreaTable, { rows: [...AREAS, child], drillHref: () => '#', filename: 'x' }, runner);
		destroy = view.destroy;
		const last = view.target.querySelector('tbody tr:last-child')!;
		expect(last.classList.contains('child')).toBe(true);
		expect(last.querySelector('th a')?.textContent).toBe('varav Hemtjänst');
	});
});
