import { afterEach, beforeEach, vi } from 'vitest';

// SvelteKit's runtime and the canvas are not there in jsdom: the URL, navigation and ECharts are stubbed.
vi.mock('$app/state', () => ({ page: { url: new URL('http://localhost/ekonomi/') } }));
vi.mock('$app/navigation', () => ({ goto: vi.fn(async () => {}) }));
vi.mock('$app/paths', () => ({ base: '' }));
vi.mock('$lib/charts/chart', () => ({
	mountChart: (node: HTMLElement, option: unknown) => {
		node.dataset.option = JSON.stringify(option);
		return { update: (o: unknown) => (node.dataset.option = JSON.stringify(o)), destroy: () => {} };
	}
}));
vi.mock('$lib/state/data-status.svelte', () => ({ dataStatus: { kolada: 'absent', ready: 1 } }));

// Failures are logged for developers; keep the test output quiet (tests assert on the log where it matters).
beforeEach(() => {
	vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
	vi.restoreAllMocks();
});
