// Dev aid: where a cold Jämför visit's partition fetching goes, per request (Chromium's own
// network timing, worker requests included): waiting for a connection (queued/stalled), server
// wait (request sent → first byte) and download, and how many were in flight over time.
// npx tsx scripts/dev/fetch-trace.mts [scale=1000000] [runs=1]  (BUILD=<dir>: another build)
import { syntheticJamforSession } from '../lib/bench/synthetic-jamfor';
import { median } from '../lib/bench/measure';

const { runs, q, server, url, browser } = await syntheticJamforSession();
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * p)] ?? NaN;
try {
	for (let i = 0; i < runs; i++) {
		const context = await browser.newContext();
		const page = await context.newPage();
		type R = { start: number; sent: number; first: number; end: number; socket?: string };
		const parts: R[] = [];
		context.on('requestfinished', (r) => {
			if (!r.url().includes('/kommun=')) return;
			const t = r.timing();
			parts.push({ start: t.startTime, sent: t.requestStart, first: t.responseStart, end: t.responseEnd });
		});
		const t0 = Date.now();
		await page.goto(`${url}/jamfor/?bench${q}`);
		await page.waitForSelector('[data-testid="compare-result"] [data-chart-ready="true"]', { timeout: 600_000 });
		const first = await page.evaluate(() => performance.now());
		const origin = await page.evaluate(() => performance.timeOrigin);
		const marks = await page.evaluate(() =>
			performance
				.getEntriesByType('mark')
				.filter((e) => /data-ready|table:/.test(e.name))
				.map((e) => `${e.name}@${Math.round(e.startTime)}`)
		);
		await context.close();
		const off = origin - t0;
		const rel = (ms: number) => ms - t0 - off; // epoch ms → page time
		const queued = parts.map((p) => p.sent);
		const wait = parts.map((p) => p.first - p.sent);
		const down = parts.map((p) => p.end - p.first);
		const s0 = Math.min(...parts.map((p) => rel(p.start)));
		const s1 = Math.max(...parts.map((p) => rel(p.start)));
		const e1 = Math.max(...parts.map((p) => rel(p.start + p.end)));
		const f = (xs: number[]) =>
			`median ${median(xs).toFixed(1)} p90 ${pct(xs, 0.9).toFixed(1)} max ${Math.max(...xs).toFixed(1)}`;
		console.log(`== run ${i + 1}: first chart ${Math.round(first)} ms; ${parts.length} partition requests`);
		console.log(
			`  asked ${Math.round(s0)} → ${Math.round(s1)}, last done ${Math.round(e1)} (span ${Math.round(e1 - s0)} ms)`
		);
		console.log(`  queued/stalled ${f(queued)}`);
		console.log(`  server wait    ${f(wait)}`);
		console.log(`  download       ${f(down)}`);
		// Sum over requests of each phase / span: how many were in that phase on average.
		const span = e1 - s0;
		const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
		console.log(
			`  avg in flight: queued ${(sum(queued) / span).toFixed(1)}, server ${(sum(wait) / span).toFixed(1)}, download ${(sum(down) / span).toFixed(1)}`
		);
		// Completions per 250 ms.
		const buckets: number[] = [];
		for (const p of parts) {
			const b = Math.floor(rel(p.start + p.end) / 250);
			buckets[b] = (buckets[b] ?? 0) + 1;
		}
		console.log(`  done per 250 ms from 0: ${Array.from(buckets, (x) => x ?? 0).join(' ')}`);
		console.log(`  marks: ${marks.join(' ')}`);
	}
} finally {
	await browser.close();
	server.close();
}
