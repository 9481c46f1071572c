import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { seriesPixels } from './chart-pixels';
import { navigate } from './navigate';

/**
 * Everything a view lets a user read, gathered on one loaded page: its text (table alternatives
 * and details included), attribute text (aria-label, title, alt…), each CSV and SVG export, and
 * Jämför's chart tooltips. A hidden figure must be in none of them.
 */
export type Seen = { where: string; text: string };

/** Wait until nothing on the view is still loading (twice, a moment apart: a section may start late). */
export async function settle(page: Page): Promise<void> {
	for (let i = 0; i < 2; i++) {
		await page.waitForTimeout(150);
		await page.waitForFunction(
			() =>
				!document.querySelector('[aria-busy="true"]') &&
				!/Hämtar/.test(document.querySelector('main')?.textContent ?? ''),
			null,
			{ timeout: 30_000, polling: 100 }
		);
	}
	// Charts draw after their rows arrive; one with no rows stays not ready, so this only waits a little.
	await page
		.waitForFunction(() => !document.querySelector('main [data-chart-ready="false"]'), null, { timeout: 3_000 })
		.catch(() => undefined);
}

/** As a user who opens Jämför's list of sources: it is built when opened (Citations.svelte). */
async function openCitations(page: Page): Promise<void> {
	await page.evaluate(() => {
		for (const d of document.querySelectorAll<HTMLDetailsElement>('details.citations:not([open])')) d.open = true;
	});
	await page.waitForFunction(
		() => [...document.querySelectorAll('details.citations')].every((d) => d.querySelector('ol')),
		null,
		{ timeout: 5_000 }
	);
}

/** Text of the view and of every attribute a screen reader or a hover could show. */
function pageText(page: Page): Promise<{ text: string; attrs: string }> {
	return page.evaluate(() => {
		const main = document.querySelector('main')!;
		const attrs: string[] = [];
		for (const el of main.querySelectorAll('*'))
			for (const a of el.attributes)
				if (!['class', 'style', 'd', 'transform', 'points', 'viewBox', 'href', 'id'].includes(a.name))
					attrs.push(a.value);
		return { text: main.textContent ?? '', attrs: attrs.join('\n') };
	});
}

/** Text nodes of an SVG document (coordinates are numbers too, but no one reads them as figures). */
const svgText = (svg: string) =>
	[...svg.matchAll(/>([^<]+)</g)]
		.map((m) => m[1]!)
		.join('\n')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');

/** Click a download button and keep the file's text; one that downloads nothing is noted, saying which. */
async function fetchExport(
	page: Page,
	button: Locator,
	where: string,
	stats: SweepStats
): Promise<{ name: string; text: string } | null> {
	try {
		const [download] = await Promise.all([
			page.waitForEvent('download', { timeout: 10_000 }),
			button.click({ timeout: 10_000 })
		]);
		return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
	} catch (e) {
		stats.failed.push(`${where}: ${(e as Error).message.replace(/\s+/g, ' ').slice(0, 600)}`);
		return null;
	}
}

async function exports(page: Page, path: string, out: Seen[], stats: SweepStats): Promise<void> {
	const csv = page.locator(
		'main button:text-is("Ladda ner CSV"):visible, main button:text-is("Ladda ner tabellen (CSV)"):visible'
	);
	for (let i = 0; i < (await csv.count()); i++) {
		const got = await fetchExport(page, csv.nth(i), `${path} CSV nr ${i + 1}`, stats);
		if (got) out.push({ where: `${path} CSV ${got.name}`, text: got.text });
		if (got) stats.exports++;
	}
	// Not filtered by :enabled — a chart redrawing disables its button for a moment, and nth(i) would shift;
	// the click waits for the button to be enabled again.
	const svg = page.locator('main button:text-is("Ladda ner SVG"):visible');
	for (let i = 0; i < (await svg.count()); i++) {
		const got = await fetchExport(page, svg.nth(i), `${path} SVG nr ${i + 1}`, stats);
		if (got) out.push({ where: `${path} SVG ${got.name}`, text: svgText(got.text) });
		if (got) stats.exports++;
	}
}

/** Hover a sample of each chart's drawn points and keep what the tooltip says. */
async function tooltips(page: Page, path: string, out: Seen[], perChart = 24): Promise<number> {
	const charts = page.locator('main [data-chart-ready="true"]');
	let hovers = 0;
	for (let i = 0; i < (await charts.count()); i++) {
		const chart = charts.nth(i);
		await chart.scrollIntoViewIfNeeded();
		const id = await chart.evaluate((el) => (el.id ||= `sweep-${Math.random().toString(36).slice(2, 8)}`));
		const points = await seriesPixels(page, `#${id}`);
		const step = Math.max(1, Math.floor(points.length / perChart));
		const texts = new Set<string>();
		for (let p = 0; p < points.length; p += step) {
			await page.mouse.move(points[p]!.x, points[p]!.y);
			hovers++;
			texts.add(
				await chart.evaluate((el) =>
					[...el.querySelectorAll(':scope > div')]
						.filter((d) => !d.querySelector('canvas'))
						.map((d) => d.textContent ?? '')
						.join(' ')
				)
			);
		}
		out.push({ where: `${path} tooltip`, text: [...texts].join('\n') });
	}
	await page.mouse.move(0, 0);
	return hovers;
}

/** What the sweep covered; `failed` = exports that produced no file (each one a failure of its own). */
export type SweepStats = { views: number; exports: number; hovers: number; failed: string[] };

/** Visit each path in the loaded app (client-side, no reload) and gather what it shows. */
export async function sweep(page: Page, paths: readonly string[]): Promise<{ seen: Seen[]; stats: SweepStats }> {
	const seen: Seen[] = [];
	const stats: SweepStats = { views: 0, exports: 0, hovers: 0, failed: [] };
	for (const path of paths) {
		await navigate(page, path);
		await settle(page);
		await openCitations(page);
		const { text, attrs } = await pageText(page);
		seen.push({ where: `${path} text`, text }, { where: `${path} attribute`, text: attrs });
		await exports(page, path, seen, stats);
		if (path.startsWith('/jamfor/')) stats.hovers += await tooltips(page, path, seen);
		stats.views++;
	}
	return { seen, stats };
}

/**
 * A figure as the views and exports write it (sv-SE: exact as in a CSV, two and one decimals),
 * bounded so 9,4 is not found in 19,4 or 9,45. ECharts' own description writes 9.4: found too.
 */
export function needles(v: number): { form: string; re: RegExp }[] {
	const forms = new Set(
		[
			[0, 6],
			[2, 2],
			[1, 1]
		].map(([min, max]) => v.toLocaleString('sv-SE', { minimumFractionDigits: min, maximumFractionDigits: max }))
	);
	return [...forms].map((form) => ({ form, re: new RegExp(`(?<![\\d,.])${form.replace(',', '[,.]')}(?!\\d)`) }));
}

/** The cells of a `;` CSV (quotes honoured), as Excel reads them. */
export function csvCells(text: string): string[] {
	const cells: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		if (quoted && ch === '"' && text[i + 1] === '"') {
			cell += '"';
			i++;
		} else if (ch === '"') quoted = !quoted;
		else if (!quoted && (ch === ';' || ch === '\n')) {
			cells.push(cell.replace(/\r$/, ''));
			cell = '';
		} else cell += ch;
	}
	return [...cells, cell].filter((c) => c !== '');
}

/**
 * Cells Excel would run as a formula: = + @ tab or CR first, or an ASCII - that is not a number.
 * (U+2212 − is text to Excel: the app's "−0,6 procentenheter" is safe as it is.)
 */
export const formulaCells = (csv: string): string[] =>
	csvCells(csv.replace(/^\ufeff/, '')).filter(
		(c) => /^[=+@\t\r]/.test(c) || (c.startsWith('-') && !/^-\d+(,\d+)?$/.test(c))
	);
