import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { cspSafeArrow } from './scripts/vite/csp-safe-arrow.ts';
import { duckdbWithoutArrow } from './scripts/vite/duckdb-without-arrow.ts';
import { keepDuckdbWorker } from './scripts/vite/keep-duckdb-worker.ts';
import { noEngineOnServer } from './scripts/vite/no-engine-on-server.ts';

const ECHARTS = /[\\/]node_modules[\\/](echarts|zrender)[\\/]/;
const ECHARTS_PART =
	/[\\/](chart[\\/](bar|line)|component[\\/](marker|markLine|tooltip|axisPointer)|svg|renderer[\\/]installSVGRenderer)[\\/.]/;
function isEchartsCore(id: string): boolean {
	return ECHARTS.test(id) && !ECHARTS_PART.test(id);
}

export default defineConfig({
	plugins: [cspSafeArrow(), duckdbWithoutArrow(), noEngineOnServer(), sveltekit()],
	// DuckDB-WASM and parquet-wasm ship their own wasm + worker files; they are referenced with ?url.
	// apache-arrow is not prebundled so the CSP patch (scripts/vite/csp-safe-arrow.ts) applies in dev too.
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm', 'parquet-wasm', 'apache-arrow'] },
	build: {
		target: 'es2022',
		// Off by default; SOURCEMAP=1 for a build whose CPU profiles name source lines (scripts/dev/time-jamfor.ts --profile).
		sourcemap: !!process.env.SOURCEMAP,
		chunkSizeWarningLimit: 1200,
		// ECharts' core (what every chart needs) in one chunk: split by which lazy part shares which
		// module, it came in eight pieces that gzip ~10 KB worse together. The parts stay apart
		// (src/lib/charts/parts, svg-export.ts): a view fetches only those it draws with.
		rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'echarts', test: isEchartsCore }] } } }
	},
	// ES workers: what a worker loads lazily (Arrow in DuckDB's and the Parquet decoder's) is its own chunk.
	worker: { format: 'es', plugins: () => [keepDuckdbWorker()] },
	test: {
		env: { TZ: 'Europe/Stockholm' },
		projects: [
			{ extends: true, test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] } },
			{
				extends: true,
				test: {
					name: 'data',
					environment: 'node',
					include: ['tests/data/**/*.test.ts'],
					globalSetup: ['tests/data/global-setup.ts'],
					testTimeout: 120_000,
					// Opening DuckDB on the built extracts (and the Kolada import) in beforeAll, on 2 busy cores.
					hookTimeout: 180_000
				}
			},
			{
				// Components mounted in jsdom with a fake query source (no DuckDB, no browser).
				extends: true,
				resolve: { conditions: ['browser'] },
				test: {
					name: 'component',
					environment: 'jsdom',
					include: ['tests/component/**/*.test.ts'],
					setupFiles: ['tests/component/helpers/mocks.ts']
				}
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					environment: 'node',
					include: ['tests/e2e/**/*.spec.ts'],
					testTimeout: 90_000,
					hookTimeout: 60_000,
					fileParallelism: false
				}
			}
		]
	}
});
