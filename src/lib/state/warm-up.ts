import { preloadCode } from '$app/navigation';
import { preloadChartParts } from '$lib/charts/chart';
import { startFirstAnswers } from '$lib/db/first-answers.svelte';
import { whenIdle } from './idle';

let warmed = false;
/** Marks when the other views' code starts to be fetched (read by the bench). */
export const WARM_UP_MARK = 'tertial:warm-up';

/**
 * Once Översikt has its figures and the page is idle: fetch what the other views need first — their
 * code, ECharts with the parts they draw with, and the build's first answers — so a click in the
 * menu draws the next view without waiting for the network or the engine's queue. Once per page.
 */
export function warmUpViews(paths: readonly string[], base: string, root: string): void {
	if (warmed) return;
	warmed = true;
	whenIdle(() => {
		// The bench counts a view's own scripts apart from what is fetched here for the others.
		performance.mark(WARM_UP_MARK);
		startFirstAnswers(base, root);
		for (const p of paths) void preloadCode(p).catch(() => {});
		void preloadChartParts().catch(() => {});
	});
}
