/** Colours with ≥ 3:1 contrast against white (WCAG 1.4.11); never the only carrier of meaning. */
export const PALETTE = ['#1d4e89', '#b5462f', '#2e7d4f', '#7a4d9c', '#8a6d00', '#006f80', '#5c5c5c', '#a3336b'];
export const FAVOURABLE = '#2e7d4f';
export const UNFAVOURABLE = '#b3261e';
export const NEUTRAL = '#5c5c5c';
