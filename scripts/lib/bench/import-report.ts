import type { ImportLoad } from './import-load';

const ROWS: [keyof ImportLoad, string, string][] = [
	['fileMb', 'File size', 'MB'],
	['readMs', 'Read (choose file → mapping step)', 'ms'],
	['checkMs', 'Check (mapping → report)', 'ms'],
	['appendMs', 'Append ("Läs in" → done)', 'ms'],
	['totalMs', 'Total', 'ms'],
	['longestTaskMs', "Longest task on the page's main thread", 'ms'],
	['clickMs', 'A click answered during the check', 'ms'],
	['pageHeapPeakMb', 'Page JS heap, peak', 'MB'],
	['rendererPeakMb', 'Renderer process peak RSS (page + workers + DuckDB wasm)', 'MB'],
	['rssBaseMb', "This browser's processes, RSS before", 'MB'],
	['rssPeakMb', "This browser's processes, RSS peak", 'MB'],
	['duckdbMb', 'DuckDB memory after the load', 'MB'],
	['outcome', 'Outcome', '']
];

/** The import bench as a Markdown table, one column per file size. */
export function importMarkdown(results: ImportLoad[], machine: string): string {
	const head = results.map((r) => `${r.rows.toLocaleString('sv-SE')} rows`);
	return (
		[
			'# Tertial import bench (npm run bench:import)',
			'',
			'A synthetic HR sick-leave extract (scripts/lib/bench/hr-extract.ts) in our long format, loaded through the',
			'Data page of the production build in headless Chromium as a user would.',
			'',
			machine,
			'',
			`| figure | ${head.join(' | ')} |`,
			`|---|${head.map(() => '---:').join('|')}|`,
			...ROWS.map(
				([k, label, unit]) =>
					`| ${label} | ${results.map((r) => `${typeof r[k] === 'number' ? r[k].toLocaleString('sv-SE') : String(r[k])}${unit ? ' ' + unit : ''}`).join(' | ')} |`
			)
		].join('\n') + '\n'
	);
}
