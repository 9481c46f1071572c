import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startStaticServer } from '../../../scripts/lib/static-server';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];
const BUILD = join(import.meta.dirname, '..', '..', '..', 'build');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** `served`: every request the server answered, as "status path", in order (what a visit asked for). */
export type Site = { url: string; browser: Browser; served: string[]; close(): Promise<void> };

/** The production build served on loopback + a real headless Chromium. */
export async function openSite(): Promise<Site> {
	const { server, url } = await startStaticServer(BUILD);
	const served: string[] = [];
	server.on('request', (req, res) => res.on('finish', () => served.push(`${res.statusCode} ${req.url}`)));
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
	return {
		url,
		browser,
		served,
		close: async () => {
			await browser.close();
			server.close();
		}
	};
}

export type Visit = { page: Page; problems: string[] };

/**
 * Open a page and record everything a user must never get: console errors, uncaught
 * exceptions, and any request to a host other than the site's own (those are blocked).
 */
export async function visit(
	site: Site,
	path: string,
	opts: { viewport?: { width: number; height: number } } = {}
): Promise<Visit> {
	const context = await site.browser.newContext({
		viewport: opts.viewport ?? { width: 1280, height: 900 },
		locale: 'sv-SE',
		acceptDownloads: true
	});
	const page = await context.newPage();
	const problems: string[] = [];
	const origin = new URL(site.url).origin;
	page.on('console', (m) => {
		if (m.type() === 'error') problems.push(`console: ${m.text()}`);
	});
	page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
	await context.route('**/*', (route) => {
		const u = route.request().url();
		if (u.startsWith(origin) || u.startsWith('data:') || u.startsWith('blob:')) return route.continue();
		problems.push(`foreign request: ${u}`);
		return route.abort();
	});
	// Every built page carries a Content-Security-Policy: any violation is a problem too.
	await context.addInitScript(() =>
		document.addEventListener('securitypolicyviolation', (e) =>
			console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`)
		)
	);
	await page.goto(site.url + path);
	return { page, problems };
}

/** Wait until DuckDB has loaded the bundled extracts (or failed, which the test then reports). */
export async function waitForData(page: Page): Promise<void> {
	await page.waitForSelector('[data-phase="ready"], [data-phase="error"]', { timeout: 30_000 });
	const phase = await page.getAttribute('[role="status"][data-phase]', 'data-phase');
	if (phase !== 'ready') throw new Error(`data did not load: ${await page.textContent('[role="status"]')}`);
}

/**
 * As a user who opens every chart's "Visa diagrammets data som tabell": the table alternative is
 * built only when opened (Chart.svelte), so a test that reads a chart's table opens it first. Also
 * opens charts drawn later in this document (after a client-side navigation or a new answer).
 */
export async function openChartTables(page: Page): Promise<void> {
	await page.evaluate(() => {
		const open = () => {
			// And Jämför's list of sources, also built when opened (Citations.svelte).
			for (const d of document.querySelectorAll<HTMLDetailsElement>(
				'details.table-alt:not([open]), details.citations:not([open])'
			))
				d.open = true;
		};
		open();
		new MutationObserver(open).observe(document.body, { childList: true, subtree: true });
	});
}

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/** axe-core, WCAG 2.1 A/AA rules, run in the page itself. */
export async function axeViolations(page: Page): Promise<string[]> {
	// Evaluated through the DevTools protocol: an inline <script> tag would be refused by the page's CSP.
	await page.evaluate(AXE);
	const violations = await page.evaluate(async () => {
		const axe = (
			window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: AxeViolation[] }> } }
		).axe;
		const r = await axe.run(document, {
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }
		});
		return r.violations;
	});
	return violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help} — ${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 3)
				.join(', ')}`
	);
}

export async function screenshot(page: Page, name: string): Promise<void> {
	await page.screenshot({
		path: join(import.meta.dirname, '..', '..', '..', 'test-results', `${name}.png`),
		fullPage: true
	});
}
