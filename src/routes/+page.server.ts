import { readPrecomputedHeadlines } from '$lib/server/precomputed';

// Översikt alone is rendered at build time: its headline figures are in the HTML and paint before
// any script has run (the other views stay client-rendered shells, +layout.ts).
export const ssr = true;

export const load = () => ({ headlines: readPrecomputedHeadlines() });
