// Dev aid: one cold visit of Jämför over a synthetic scale: first chart, the app's marks and
// connection jobs (?bench measures), and the requests (count, bytes, first start → last end), in page time.
// npx tsx scripts/dev/scale-trace.mts [scale=1000000] [runs=1]  (BUILD=<dir>: another build; STMTS=1: every statement too)
import { syntheticJamforSession } from '../lib/bench/synthetic-jamfor';

const { runs, q, server, url, browser } = await syntheticJamforSession();
const firsts: number[] = [];
try {
	for (let i = 0; i < runs; i++) {
		const context = await browser.newContext();
		const page = await context.newPage();
		page.on('console', (c) => c.type() === 'error' && console.log('console:', c.text()));
		const reqs: { url: string; start: number; end: number; bytes: number }[] = [];
		context.on('requestfinished', async (r) => {
			const t = r.timing();
			const s = await r.sizes().catch(() => ({ responseBodySize: 0 }));
			reqs.push({
				url: r.url().replace(url, ''),
				start: t.startTime,
				end: t.startTime + t.responseEnd,
				bytes: s.responseBodySize
			});
		});
		const t0 = Date.now();
		await page.goto(`${url}/jamfor/?bench${process.env.STMTS ? '&stmts' : ''}${q}`);
		await page.waitForSelector('[data-testid="compare-result"] [data-chart-ready="true"]', { timeout: 600_000 });
		const first = await page.evaluate(() => performance.now());
		const origin = await page.evaluate(() => performance.timeOrigin);
		firsts.push(first);
		console.log(`== run ${i + 1}: first chart ${Math.round(first)} ms`);
		const marks = await page.evaluate(() =>
			performance
				.getEntries()
				.filter((e) => e.entryType === 'mark' || e.entryType === 'measure')
				.map((e) => ({
					name: e.name,
					start: e.startTime,
					dur: e.duration,
					queued: (e as PerformanceMeasure).detail?.queued as number | undefined
				}))
		);
		for (const e of marks.sort((a, b) => a.start - b.start))
			console.log(
				`${String(Math.round(e.start)).padStart(7)} ${e.dur ? `+${Math.round(e.dur)}`.padStart(7) : '       '} ${e.name}${e.queued != null ? ` (queued at ${Math.round(e.queued)})` : ''}`
			);
		const off = origin - t0;
		const groups = new Map<string, { n: number; bytes: number; start: number; end: number }>();
		for (const r of reqs) {
			const k = r.url.includes('synthetic-')
				? r.url.replace(/\/kommun=.*$/, '/…').replace(/\?.*$/, '')
				: r.url.replace(/\?.*$/, '').replace(/[-.][A-Za-z0-9_-]{8}\.(js|wasm|css)$/, '.$1');
			const g = groups.get(k) ?? { n: 0, bytes: 0, start: Infinity, end: 0 };
			g.n++;
			g.bytes += r.bytes;
			g.start = Math.min(g.start, r.start - t0 - off);
			g.end = Math.max(g.end, r.end - t0 - off);
			groups.set(k, g);
		}
		for (const [k, g] of [...groups.entries()].sort((a, b) => a[1].start - b[1].start))
			if (g.bytes > 100_000 || g.n > 1)
				console.log(
					`${String(Math.round(g.start)).padStart(7)} → ${String(Math.round(g.end)).padStart(7)}  ${String(g.n).padStart(4)} × ${(g.bytes / 1e6).toFixed(2).padStart(6)} MB  ${k.slice(0, 80)}`
				);
		await context.close();
	}
	if (runs > 1) console.log(`first chart: ${firsts.map(Math.round).join(', ')} ms`);
} finally {
	await browser.close();
	server.close();
}
