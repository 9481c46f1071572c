/** The bench record as a Markdown table, every figure beside its reference (issue 16's targets). */
type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const fmt = (v: unknown, unit = '') => (v == null || Number.isNaN(v) ? '–' : `${String(v)}${unit}`);
const verdict = (v: unknown, max: number | null) =>
	max == null || typeof v !== 'number' || Number.isNaN(v) ? '' : v <= max ? '✓' : '✗';

/** Jämför's three visits: row name, figure key, its requests' key, how its painted row ends. */
const JAMFOR_VISITS = [
	['Jämför first chart', 'first_chart', null, ', the frame it was painted in'],
	['Jämför first chart, repeat visit', 'repeat_first_chart', 'repeat_requests', ', painted'],
	[
		'Jämför first chart, repeat visit with a browser profile on disk',
		'profile_repeat_first_chart',
		'profile_repeat_requests',
		', painted'
	]
] as const;

export function markdown(r: Any): string {
	const rows: [string, unknown, string, number | null, string?][] = [
		['All JS in the build (gzip, workers excluded)', r.production_js_gzip_kb, 'KB', null],
		['Transfer, first visit (Översikt complete)', r.transfer_cold_kb, 'KB', 10 * 1024],
		['Transfer, repeat visit', r.transfer_warm_kb, 'KB', 200],
		['First contentful paint', r.first_contentful_paint_ms, 'ms', null],
		['First meaningful content (headline figures)', r.first_meaningful_content_ms, 'ms', 1000],
		['DuckDB ready (tables defined)', r.duckdb_ready_ms, 'ms', null],
		['Översikt complete (all its tables)', r.overview_complete_ms, 'ms', null]
	];
	for (const [v, kb] of Object.entries(r.main_thread_js_kb ?? {}))
		rows.push([`Main-thread JS loaded by ${v} (gzip, cold visit)`, kb, 'KB', 300]);
	if (r.idle_prefetch_js_kb != null)
		rows.push([
			'JS prefetched on idle after Översikt is complete, for the other views (gzip)',
			r.idle_prefetch_js_kb,
			'KB',
			null
		]);
	for (const [v, ms] of Object.entries(r.first_chart_cold_ms ?? {}))
		rows.push([`First chart cold ${v}`, ms, 'ms', 2000]);
	for (const [v, ms] of Object.entries(r.first_chart_client_nav_ms ?? {}))
		rows.push([`First chart after client-side navigation ${v}`, ms, 'ms', 500]);
	const m = r.memory_bundled ?? {};
	rows.push(['Renderer peak RSS (tab + workers + wasm), bundled', m.renderer_peak_rss_mb, 'MB', null]);
	rows.push(['JS heap (page), bundled', m.js_heap_mb, 'MB', null]);
	rows.push(['DuckDB memory, bundled', m.duckdb_mb, 'MB', null]);
	rows.push(['Parquet decoder wasm memory, bundled', m.parquet_wasm_mb, 'MB', null]);
	for (const [scale, s] of Object.entries<Any>(r.scales ?? {})) {
		const label =
			scale === 'bundled'
				? 'bundled'
				: `${Number(scale).toLocaleString('sv-SE')} rows/extract (${s.scope}, ${Number(s.rows_in_tab).toLocaleString('sv-SE')} rows in the tab)`;
		if (s.error) {
			rows.push([`Jämför at ${label}`, s.error, '', null]);
			continue;
		}
		// Each visit as the bench saw its chart (the figure of every record), then the frame it was painted in.
		for (const [name, key, requests, painted] of JAMFOR_VISITS) {
			if (s[`${key}_ms`] != null)
				rows.push([
					`${name}${requests ? ` (${fmt(s[requests])} requests to the server)` : ''} at ${label}`,
					s[`${key}_ms`],
					'ms',
					2000
				]);
			if (s[`${key}_painted_ms`] != null)
				rows.push([`${name} at ${label}${painted}`, s[`${key}_painted_ms`], 'ms', 2000]);
		}
		const target = scale === 'bundled' || Number(scale) <= 1_000_000 ? 50 : 200;
		for (const [k, st] of Object.entries<Any>(s.interactions ?? {}))
			rows.push([
				`Jämför ${k} → chart, median / p95 (n=${st.n}${st.no_answer ? `, ${st.no_answer} without a new answer in 20 s` : ''}) at ${label}`,
				`${fmt(st.median)} / ${fmt(st.p95)}`,
				'ms',
				target,
				String(st.median)
			]);
		for (const [k, q] of Object.entries<Any>(s.queries ?? {}))
			rows.push([
				`${k} wasm / native median (ratio) at ${label}`,
				`${q.wasm.median} / ${q.native.median} (${q.ratio}×)`,
				'×',
				2.5,
				String(q.ratio)
			]);
		rows.push([`Renderer peak RSS at ${label}`, s.memory?.renderer_peak_rss_mb, 'MB', null]);
		rows.push([`DuckDB memory at ${label}`, s.memory?.duckdb_mb, 'MB', null]);
	}
	for (const step of (r.limit ?? []) as Any[])
		rows.push([
			`One table of ${Number(step.rows).toLocaleString('sv-SE')} rows in one tab`,
			step.ok ? `loads in ${step.load_ms} ms, peak RSS ${step.renderer_peak_rss_mb} MB` : `fails: ${step.error}`,
			'',
			null
		]);
	rows.push(['Refused above (MAX_ROWS_IN_TAB)', r.max_rows_in_tab, ' rows', null]);
	if (r.beyond_limit)
		rows.push([
			`Every kommun at ${Number(r.beyond_limit.scale).toLocaleString('sv-SE')} rows/extract (${Number(r.beyond_limit.rows_in_tab).toLocaleString('sv-SE')} rows)`,
			r.beyond_limit.message
				? `refused after ${r.beyond_limit.after_ms} ms: “${r.beyond_limit.message}”`
				: r.beyond_limit.error,
			'',
			null
		]);
	const lines = [
		`# Tertial bench — ${r.build}`,
		'',
		r.machine,
		'',
		'| figure | value | reference | |',
		'|---|---|---|---|',
		...rows.map(([name, v, unit, max, cmp]) => {
			const ref = max == null ? '' : unit === 'ms' || unit === 'KB' ? `≤ ${max} ${unit}` : `≤ ${max}×`;
			return `| ${name} | ${fmt(v)}${typeof v === 'number' ? ' ' + unit : ''} | ${ref} | ${verdict(cmp != null ? Number(cmp) : v, max)} |`;
		})
	];
	return lines.join('\n') + '\n';
}
