import type { Page } from 'playwright-core';

type Watched = { __longest: number };

/** Start recording the page's longest main-thread task (Long Tasks API), from zero. */
export function watchLongTasks(page: Page): Promise<void> {
	return page.evaluate(() => {
		const w = window as unknown as Watched;
		w.__longest = 0;
		new PerformanceObserver((l) => {
			for (const e of l.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
		}).observe({ type: 'longtask' });
	});
}

/** The longest main-thread task since `watchLongTasks`, in ms (0 when none passed 50 ms). */
export function longestTask(page: Page): Promise<number> {
	return page.evaluate(() => (window as unknown as Watched).__longest);
}
