import { loadTable } from './load';
import { sql, type Param } from '$lib/queries/sql';
import { isLoadable, loadableTable, RAW_SCHEMA, tableRef } from './raw-tables';
import { exclusive } from './connection';
import { awaitTablesFor } from './run';
import { dataStatus } from '$lib/state/data-status.svelte';
import { parquetMemoryBytes } from './parquet';

/**
 * Only with ?bench in the URL: lets `npm run bench` time queries and loads inside the real page.
 * It exposes nothing the page cannot already do, and is absent in normal use.
 */
export function installBenchHook(): void {
	const bench = new URLSearchParams(location.search).get('bench');
	if (bench == null) return;
	const twoFrames = bench === 'frames2';
	const hook = {
		async time(sqlText: string, runs: number): Promise<number[]> {
			return this.timeQuery(sqlText, [], runs);
		},
		/** A shipped query as the app runs it: one prepared statement, parameters bound, alone on the connection. */
		async timeQuery(sqlText: string, params: Param[], runs: number): Promise<number[]> {
			await awaitTablesFor(sqlText);
			const out: number[] = [];
			for (let i = 0; i < runs; i++) {
				const t0 = performance.now();
				await exclusive((s) => s.table({ text: sqlText, params }));
				out.push(performance.now() - t0);
			}
			return out;
		},
		/**
		 * One Jämför interaction, timed inside the page: from the input event to the next paint after
		 * the answer is drawn (data-answers advances; ECharts draws in that same flush, or on its own
		 * animation frame when the chart was resized). "Next paint" as usual: an animation frame, then
		 * a task after it. `?bench=frames2` times it the earlier way (two frames: about one too many).
		 */
		async interact(selector: string, value: string | null): Promise<number> {
			const result = () => document.querySelector('[data-testid="compare-result"]');
			const before = Number(result()?.getAttribute('data-answers') ?? 0);
			const el = document.querySelector(selector) as HTMLInputElement | HTMLSelectElement | null;
			if (!el) throw new Error(`bench: ${selector} saknas`);
			// Marks for scripts/dev/click-trace.mts: the click, its answer on screen, the next frame.
			const t0 = performance.mark('tertial:click').startTime;
			if (el instanceof HTMLSelectElement) el.value = value ?? '';
			else el.checked = !el.checked;
			el.dispatchEvent(new Event('change', { bubbles: true }));
			await new Promise<void>((resolve, reject) => {
				const done = () => Number(result()?.getAttribute('data-answers') ?? 0) > before;
				const observer = new MutationObserver(() => {
					if (!done()) return;
					performance.mark('tertial:answer');
					observer.disconnect();
					clearTimeout(timer);
					resolve();
				});
				const timer = setTimeout(
					() => (observer.disconnect(), reject(new Error('bench: inget nytt svar inom 20 s'))),
					20_000
				);
				observer.observe(document.body, {
					attributes: true,
					childList: true,
					subtree: true,
					attributeFilter: ['data-answers']
				});
			});
			await new Promise<void>((r) =>
				requestAnimationFrame(() => {
					performance.mark('tertial:frame');
					if (twoFrames) requestAnimationFrame(() => r());
					else setTimeout(r, 0);
				})
			);
			return performance.now() - t0;
		},
		/**
		 * Row count and a hash of every loaded table's contents (raw extracts included, since it
		 * reveals no value): lets tests prove a rejected file changed nothing.
		 */
		async contents(): Promise<Record<string, string>> {
			// Every table in first, so a lazy load between two calls is never mistaken for a change.
			await dataStatus.settle();
			return exclusive(async (s) => {
				const out: Record<string, string> = {};
				const tables = await s.all(
					sql`SELECT table_name FROM duckdb_tables() WHERE schema_name IN ('main', ${RAW_SCHEMA})`
				);
				for (const { table_name } of tables) {
					const name = String(table_name);
					if (!isLoadable(name)) continue;
					const [row] = await s.all(
						sql`SELECT count(*) || ':' || coalesce(md5(string_agg(x::VARCHAR, '|' ORDER BY x::VARCHAR)), '') AS h FROM ${tableRef(loadableTable(name))} x`
					);
					out[name] = String(row?.h);
				}
				return out;
			});
		},
		/** DuckDB's own memory (buffer manager) and the Parquet decoder's wasm memory, in bytes. */
		async memory(): Promise<{ duckdb: number; parquetWasm: number }> {
			const [row] = await exclusive((s) =>
				s.all(sql`SELECT sum(memory_usage_bytes)::DOUBLE AS b FROM duckdb_memory()`)
			);
			return { duckdb: Number(row?.b ?? 0), parquetWasm: await parquetMemoryBytes() };
		},
		async load(url: string, name: string): Promise<{ fetchMs: number; loadMs: number; rows: number }> {
			const t0 = performance.now();
			const res = await fetch(url);
			// A missing file is said as such, not decoded as a corrupt Parquet footer.
			if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
			const bytes = new Uint8Array(await res.arrayBuffer());
			const t1 = performance.now();
			const rows = await loadTable(name, bytes);
			return { fetchMs: t1 - t0, loadMs: performance.now() - t1, rows };
		}
	};
	Object.assign(window, { __tertialBench: hook });
}
