// Dev aid: where one Jämför click's time goes at a synthetic scale: the connection's jobs and
// statements (?bench&stmts measures) relative to the click, the answer's arrival and the next paint.
// npx tsx scripts/dev/click-trace.mts [scale=1000000] [rounds=1]  (BUILD=<dir>: another build)
import { syntheticJamforSession } from '../lib/bench/synthetic-jamfor';
import { measureGroups, spread } from '../lib/bench/measure';

const { runs, q, server, url, browser } = await syntheticJamforSession();
const page = await (await browser.newContext()).newPage();
page.on('console', (c) => c.type() === 'error' && console.log('console:', c.text()));
await page.goto(`${url}/jamfor/?bench&stmts${q}`);
await page.waitForSelector('[data-testid="compare-result"] [data-chart-ready="true"]', { timeout: 600_000 });
await page.waitForTimeout(1000);

type Hook = { __tertialBench: { interact(s: string, v: string | null): Promise<number> } };
/** One click through the bench hook (src/lib/db/bench-hook.ts), then its marks and the jobs that ran, from the click on. */
async function click(sel: string, value: string | null): Promise<string> {
	const total = await page.evaluate(([s, v]) => (window as never as Hook).__tertialBench.interact(s!, v), [
		sel,
		value
	] as const);
	return page.evaluate((ms) => {
		// No named inner functions: tsx would wrap them in a helper the page does not have.
		const [t0, answer, frame] = ['tertial:click', 'tertial:answer', 'tertial:frame'].map(
			(name) => performance.getEntriesByName(name).at(-1)!.startTime
		);
		const jobs = performance
			.getEntriesByType('measure')
			.filter((m) => m.startTime >= t0! && m.name.startsWith('tertial:'))
			.map(
				(m) =>
					`  ${(m.startTime - t0!).toFixed(1).padStart(6)} +${m.duration.toFixed(1).padStart(5)}  ${m.name.slice(0, 110)}`
			);
		return [
			`total ${ms.toFixed(1)}: answer at ${(answer! - t0!).toFixed(1)}, frame at ${(frame! - t0!).toFixed(1)}`,
			...jobs
		].join('\n');
	}, total);
}

// A measure of each domain in turn, as the bench clicks (spread).
const measures = spread(
	(await measureGroups(page)).filter((g) => !g[0]?.startsWith('kolada:')),
	Number(process.env.MEASURES ?? 3)
);
for (let r = 0; r < runs; r++)
	for (const m of measures) {
		console.log(`— measure ${m}\n${await click('#measure-select', m)}`);
		await page.waitForTimeout(300);
		console.log(`— kommun\n${await click('fieldset input[type=checkbox]:checked', null)}`);
		await page.waitForTimeout(300);
		console.log(`— normalisation\n${await click('input[type=radio][value="index"]', null)}`);
		await page.waitForTimeout(300);
		await click('input[type=radio][value="none"]', null).catch(() => '');
		await page.waitForTimeout(300);
	}
await browser.close();
server.close();
