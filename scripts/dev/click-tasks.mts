// Dev aid: one Jämför click at a synthetic scale as the main thread's tasks (Chromium trace):
// each task's start after the click, its length and its biggest inner events.
// npx tsx scripts/dev/click-tasks.mts [scale=1000000] [kind=kommun|measure|norm]
import type { TraceEvent as Ev } from '../lib/bench/trace-event';
import { syntheticJamforSession } from '../lib/bench/synthetic-jamfor';

const { q, server, url, browser } = await syntheticJamforSession();
const kind = process.argv[3] ?? 'kommun';
const page = await (await browser.newContext()).newPage();
await page.goto(`${url}/jamfor/?bench${q}`);
await page.waitForSelector('[data-testid="compare-result"] [data-chart-ready="true"]', { timeout: 600_000 });
await page.waitForTimeout(1000);
const cdp = await page.context().newCDPSession(page);
const events: Ev[] = [];
cdp.on('Tracing.dataCollected', (e: { value: Ev[] }) => void events.push(...e.value));
await cdp.send('Tracing.start', {
	categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing,v8.execute',
	transferMode: 'ReportEvents'
});
await page.waitForTimeout(300);
const sel =
	kind === 'measure'
		? '#measure-select'
		: kind === 'norm'
			? 'input[type=radio][value="index"]'
			: 'fieldset input[type=checkbox]:checked';
const value =
	kind === 'measure' ? await page.$$eval('#measure-select option', (os) => (os[2] as HTMLOptionElement).value) : null;
await page.evaluate(`performance.mark('click-start')`);
const ms = await page.evaluate(
	([s, v]) =>
		(
			window as never as { __tertialBench: { interact(s: string, v: string | null): Promise<number> } }
		).__tertialBench.interact(s!, v),
	[sel, value] as const
);
await page.evaluate(`performance.mark('click-end')`);
await page.waitForTimeout(300);
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.end');
await done;
const start = events.find((e) => e.name === 'click-start')!;
const end = events.find((e) => e.name === 'click-end')!;
const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')!;
const onMain = events.filter(
	(e) => e.tid === main.tid && e.pid === main.pid && e.ts >= start.ts - 1000 && e.ts <= end.ts + 50_000
);
console.log(`interact: ${ms.toFixed(1)} ms; trace span ${((end.ts - start.ts) / 1000).toFixed(1)} ms`);
for (const t of onMain.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > 300)) {
	const inner = onMain
		.filter((e) => e !== t && e.ph === 'X' && e.ts >= t.ts && e.ts <= t.ts + t.dur! && (e.dur ?? 0) > 500)
		.map(
			(e) =>
				`${e.name}${
					e.args?.data && (e.args.data as { functionName?: string }).functionName
						? `(${(e.args.data as { functionName: string }).functionName}@${String(
								(e.args.data as { url?: string }).url ?? ''
							)
								.split('/')
								.pop()}:${(e.args.data as { lineNumber?: number }).lineNumber})`
						: ''
				} ${(e.dur! / 1000).toFixed(1)}`
		)
		.slice(0, 8);
	console.log(
		`${((t.ts - start.ts) / 1000).toFixed(1).padStart(7)} +${(t.dur! / 1000).toFixed(1).padStart(5)}  ${inner.join(' · ')}`
	);
}
await browser.close();
server.close();
