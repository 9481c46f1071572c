// Dev aid: where one Jämför click's time goes at a synthetic scale: the connection's jobs and
// statements (?bench&stmts measures) relative to the click, the answer's arrival and the next paint.
// npx tsx scripts/dev/click-trace.mts [scale=1000000] [rounds=1]  (BUILD=<dir>: another build)
import { syntheticJamforSession } from '../lib/bench/synthetic-jamfor';

const { runs, q, server, url, browser } = await syntheticJamforSession();
const page = await (await browser.newContext()).newPage();
page.on('console', (c) => c.type() === 'error' && console.log('console:', c.text()));
await page.goto(`${url}/jamfor/?bench&stmts${q}`);
await page.waitForSelector('[data-testid="compare-result"] [data-chart-ready="true"]', { timeout: 600_000 });
await page.waitForTimeout(1000);

// Plain JS text: tsx would wrap named inner functions in a helper the page does not have.
const CLICK = `async ([s, v]) => {
	const result = () => document.querySelector('[data-testid="compare-result"]');
	const before = Number(result()?.getAttribute('data-answers') ?? 0);
	const el = document.querySelector(s);
	const t0 = performance.now();
	if (el instanceof HTMLSelectElement) el.value = v ?? '';
	else el.checked = !el.checked;
	el.dispatchEvent(new Event('change', { bubbles: true }));
	const tChange = performance.now();
	let tAnswer = 0;
	await new Promise((resolve) => {
		const o = new MutationObserver(() => {
			if (Number(result()?.getAttribute('data-answers') ?? 0) <= before) return;
			tAnswer = performance.now();
			o.disconnect();
			resolve();
		});
		o.observe(document.body, { attributes: true, subtree: true, attributeFilter: ['data-answers'] });
	});
	let tFrame = 0;
	await new Promise((r) => requestAnimationFrame(() => { tFrame = performance.now(); setTimeout(r, 0); }));
	const tEnd = performance.now();
	const ms = performance.getEntriesByType('measure')
		.filter((m) => m.startTime >= t0 && m.name.startsWith('tertial:'))
		.map((m) => '  ' + (m.startTime - t0).toFixed(1).padStart(6) + ' +' + m.duration.toFixed(1).padStart(5) + '  ' + m.name.slice(0, 110));
	return ['total ' + (tEnd - t0).toFixed(1) + ': change handlers ' + (tChange - t0).toFixed(1) + ', answer at ' + (tAnswer - t0).toFixed(1) + ', frame at ' + (tFrame - t0).toFixed(1), ...ms].join('\\n');
}`;
const click = (sel: string, value: string | null): Promise<string> =>
	page.evaluate(`(${CLICK})(${JSON.stringify([sel, value])})`);

const measures = await page.$$eval('#measure-select option', (os) => os.map((o) => (o as HTMLOptionElement).value));
for (let r = 0; r < runs; r++)
	for (const m of measures.slice(0, 3)) {
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
