/** Run `f` when the page is next idle (at the latest after `timeout` ms); cancel with the function returned. */
export function whenIdle(f: () => void, timeout = 2000): () => void {
	if (typeof requestIdleCallback === 'function') {
		const id = requestIdleCallback(f, { timeout });
		return () => cancelIdleCallback(id);
	}
	const id = setTimeout(f, 200);
	return () => clearTimeout(id);
}
