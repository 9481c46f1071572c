// Dev aid: the bench's "Main-thread JS loaded by <view>" figure alone, for every view, from build/
// (same visit, same moment, same count as scripts/bench.ts: gzip of the page's own .js requests,
// workers excluded, when the view's first content shows). MAIN_JS_FILES=1 lists each file.
// npx tsx scripts/dev/main-js.ts
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../tests/e2e/helpers/site';
import { startStaticServer } from '../lib/static-server';
import { pageScripts, r1, VIEWS } from '../lib/bench/measure';
import { FIRST_CONTENT, timeOf } from '../lib/bench/page';

const build = process.env.MAIN_JS_BUILD ?? join(import.meta.dirname, '..', '..', 'build');
const gz = (p: string) => {
	const f = join(build, decodeURIComponent(p));
	return existsSync(f) ? gzipSync(readFileSync(f)).length : 0;
};
const { server, url } = await startStaticServer(build);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
	for (const v of VIEWS) {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${url}${v}?bench`);
		await timeOf(page, FIRST_CONTENT[v]!);
		const files = [...new Set(await pageScripts(page))];
		await context.close();
		const sizes = files.map((p) => [p, gz(p)] as const).sort((a, b) => b[1] - a[1]);
		console.log(`${v.padEnd(10)} ${r1(sizes.reduce((s, [, n]) => s + n, 0) / 1024)} KB (${files.length} files)`);
		if (process.env.MAIN_JS_FILES)
			for (const [p, n] of sizes) console.log(`    ${String(r1(n / 1024)).padStart(7)}  ${p}`);
	}
} finally {
	await browser.close();
	server.close();
}
