import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import FigureNote from '../../src/routes/jamfor/FigureNote.svelte';
import { settle } from './helpers/fake-source';

let cleanup = () => {};
afterEach(() => cleanup());

function show(items: string[]) {
	const target = document.body.appendChild(document.createElement('div'));
	const app = mount(FigureNote, { target, props: { testid: 'note', lead: 'Skyddade siffror', items } });
	cleanup = () => (void unmount(app), target.remove());
	flushSync();
	return target.querySelector('[data-testid="note"]') as HTMLElement;
}

// Labels as Jämför writes them (kommun and period); no figures.
const months = (n: number) => Array.from({ length: n }, (_, i) => `Timrå ${2015 + Math.floor(i / 12)}-${(i % 12) + 1}`);

describe('figures left out of the charts', () => {
	it('a few are named in the sentence', () => {
		const note = show(months(8));
		expect(note.textContent).toBe(`Skyddade siffror: ${months(8).join(', ')}.`);
		expect(note.querySelector('details')).toBeNull();
	});

	it('many are counted, and every one is listed when the user opens the list', async () => {
		const note = show(months(102));
		expect(note.querySelector('p')!.textContent).toBe('Skyddade siffror: 102 siffror.');
		const details = note.querySelector('details')!;
		expect(details.querySelector('summary')!.textContent).toBe('Visa vilka (102)');
		expect(details.textContent).not.toContain('Timrå 2015-1');
		details.open = true;
		details.dispatchEvent(new Event('toggle'));
		await settle();
		expect(details.querySelector('p')!.textContent).toBe(`${months(102).join(', ')}.`);
	});
});
