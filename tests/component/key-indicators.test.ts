import { afterEach, describe, expect, it } from 'vitest';
import type { KeyIndicatorRow } from '../../src/lib/queries/key-indicators';
import KeyIndicators from '../../src/routes/rapport/_rapport/KeyIndicators.svelte';
import { fakeRunner, render } from './helpers/fake-source';

let destroy = () => {};
afterEach(() => destroy());

// Synthetic row shaped like Timrå's engagement index (the document prints 81,3; the measure's decimals are 0).
const HME: KeyIndicatorRow = {
	measure: 'hme_total_index',
	label_sv: 'Medarbetarengagemang (HME)',
	domain: 'staffing',
	unit: 'index',
	decimals: 0,
	higher_is_better: true,
	period_label: '2022',
	period_end: '2022-12-31',
	value: 81.3,
	target: null,
	target_label: null,
	previous_value: 79.8,
	previous_label: '2021',
	change: 81.3 - 79.8,
	direction: 'better',
	meets_target: null,
	others: null,
	note: null,
	note_sv: null,
	line: 4,
	quote: 'Medarbetarengagemang (HME)-Totalindex 79,8 81,3',
	file: 'timra.txt'
};

describe('Rapport’s key indicators', () => {
	it('show a figure with the decimals the document printed (81,3, not 81)', async () => {
		const { runner, asked } = fakeRunner(() => [HME]);
		const view = await render(KeyIndicators, { kommun: '2262' }, runner);
		destroy = view.destroy;
		const cells = [...view.target.querySelectorAll('[data-testid="key-indicators"] tbody td')].map((td) =>
			td.textContent?.replace(/\s+/g, ' ').trim()
		);
		expect(cells[1]).toBe('81,3 index');
		expect(cells[3]).toMatch(/^79,8 index/);
		expect(cells[4]).toContain('(+1,5)');
		expect(asked[0]?.sql.params).toContain('2262');
	});
});
