/** Colours with ≥ 3:1 contrast against white (WCAG 1.4.11); never the only carrier of meaning. */
export const PALETTE = ['#1d4e89', '#b5462f', '#2e7d4f', '#7a4d9c', '#8a6d00', '#006f80', '#5c5c5c', '#a3336b'];
export const FAVOURABLE = '#2e7d4f';
export const UNFAVOURABLE = '#b3261e';
export const NEUTRAL = '#5c5c5c';

/**
 * One colour per kommun in every chart, whatever else is selected: the five committees of the
 * bundled documents and Riket. Other series take the palette in order.
 */
export const KOMMUN_COLOUR: Record<string, string> = {
	Nybro: '#1d4e89',
	Ludvika: '#b5462f',
	Botkyrka: '#7a4d9c',
	Timrå: '#006f80',
	Gnesta: '#8a6d00',
	Riket: '#5c5c5c'
};

/** A series' colour: its kommun's own, else the i-th palette colour not taken by a kommun. */
export function seriesColour(name: string, i: number): string {
	const own = KOMMUN_COLOUR[name];
	if (own) return own;
	const free = PALETTE.filter((c) => !Object.values(KOMMUN_COLOUR).includes(c));
	return [...free, ...PALETTE][i % (free.length + PALETTE.length)]!;
}
