import { loadTable } from './load';
import { engine } from './engine';

/**
 * Only with ?bench in the URL: lets `npm run bench` time queries and loads inside the real page.
 * It exposes nothing the page cannot already do, and is absent in normal use.
 */
export function installBenchHook(): void {
	if (!new URLSearchParams(location.search).has('bench')) return;
	const hook = {
		async time(sqlText: string, runs: number): Promise<number[]> {
			const { conn } = await engine();
			const out: number[] = [];
			for (let i = 0; i < runs; i++) {
				const t0 = performance.now();
				await conn.query(sqlText);
				out.push(performance.now() - t0);
			}
			return out;
		},
		async load(url: string, name: string): Promise<{ fetchMs: number; loadMs: number; rows: number }> {
			const t0 = performance.now();
			const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
			const t1 = performance.now();
			const rows = await loadTable(name, bytes);
			return { fetchMs: t1 - t0, loadMs: performance.now() - t1, rows };
		}
	};
	Object.assign(window, { __tertialBench: hook });
}
