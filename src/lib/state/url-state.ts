import { goto } from '$app/navigation';
import { page } from '$app/state';

/** The view state lives in the query string, so a shared link shows the same view and back works. */
export function hrefWith(changes: Record<string, string | null | undefined>, from: URL = page.url): string {
	const params = new URLSearchParams(from.search);
	for (const [k, v] of Object.entries(changes)) {
		if (v == null || v === '') params.delete(k);
		else params.set(k, v);
	}
	const qs = params.toString();
	return `${from.pathname}${qs ? `?${qs}` : ''}`;
}

/** A new history entry per choice: the browser's back button undoes it. */
export function setParams(changes: Record<string, string | null | undefined>): Promise<void> {
	return goto(hrefWith(changes), { keepFocus: true, noScroll: true });
}

export function param(name: string): string | null {
	return page.url.searchParams.get(name);
}
