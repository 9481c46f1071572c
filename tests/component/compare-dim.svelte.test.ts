import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import ComparePanel from '../../src/routes/jamfor/ComparePanel.svelte';
import type { MeasureOptionRow } from '../../src/lib/queries/measure-options';
import { compareFilters } from '../helpers/compare-filters';

let cleanup = () => {};
afterEach(() => cleanup());

// A measure as the catalogue describes one; no figures are needed to see how the panel waits.
const MEASURE: MeasureOptionRow = {
	measure: 'sick_leave_total_pct',
	domain: 'hr',
	label_sv: 'Sjukfrånvaro totalt',
	label_en: 'Sick leave, total',
	unit: 'procent',
	decimals: 1,
	higher_is_better: false,
	kolada_kpi: null,
	definition: 'Sjukfrånvarotimmar i procent av ordinarie arbetstid.',
	kommuner: '',
	figures: 0
};
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Jämför while a new answer is on its way', () => {
	it('says it is busy at once, and dims the previous answer only when the wait is noticeable', async () => {
		const props = $state({
			measure: MEASURE,
			filters: compareFilters(MEASURE.measure),
			rows: [],
			query: { error: undefined, retry: () => {} },
			loading: false,
			busy: false
		});
		const target = document.body.appendChild(document.createElement('div'));
		const app = mount(ComparePanel, { target, props });
		cleanup = () => (void unmount(app), target.remove());
		const section = () => target.querySelector('[data-testid="compare-result"]')!;
		const dimmed = () => section().classList.contains('dim');

		// A quick answer: busy for screen readers, nothing repainted on screen.
		props.busy = true;
		flushSync();
		expect(section().getAttribute('aria-busy')).toBe('true');
		expect(dimmed()).toBe(false);
		await wait(60);
		props.busy = false;
		flushSync();
		await wait(200);
		expect(dimmed()).toBe(false);

		// A slow one: the previous figures dim after 150 ms, and come back with the answer.
		props.busy = true;
		flushSync();
		await wait(220);
		expect(dimmed()).toBe(true);
		props.busy = false;
		flushSync();
		expect(dimmed()).toBe(false);
		expect(section().getAttribute('aria-busy')).toBe('false');
	});
});
