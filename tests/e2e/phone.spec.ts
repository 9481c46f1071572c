import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { navigate } from './helpers/navigate';
import { openSite, visit, waitForData, type Site, type Visit } from './helpers/site';

// A 390 px phone (iPhone 12–15): one page for the file, every view visited in it.
let site: Site;
let v: Visit;
beforeAll(async () => {
	site = await openSite();
	v = await visit(site, '/', { viewport: { width: 390, height: 844 } });
	await waitForData(v.page);
});
afterAll(async () => site?.close());

const VIEWS = [
	'/',
	'/ekonomi/',
	'/ekonomi/?kommun=0461&rapport=gnesta-2023-delar&omrade=8160%20-%20Hemtj%C3%A4nst%20Gnesta',
	'/ekonomi/?kommun=2085',
	'/personal/',
	'/rapport/',
	'/rapport/?kommun=2262',
	'/jamfor/',
	'/data/'
];

describe('phone, 390 px', () => {
	for (const path of VIEWS)
		it(`${path}: no sideways scrolling, header at most 120 px`, async () => {
			await navigate(v.page, site.url + path);
			await v.page.waitForFunction(() => !document.querySelector('main')?.textContent?.includes('Hämtar'), null, {
				timeout: 30_000
			});
			await v.page.waitForTimeout(300);
			const m = await v.page.evaluate(() => ({
				scroll: document.documentElement.scrollWidth,
				width: document.documentElement.clientWidth,
				header: document.querySelector('body > div > header, header')!.getBoundingClientRect().height
			}));
			expect(m.scroll, 'page wider than the screen').toBeLessThanOrEqual(m.width);
			expect(m.header).toBeLessThanOrEqual(120);
		});

	it('no problems on the way', () => expect(v.problems).toEqual([]));
});
