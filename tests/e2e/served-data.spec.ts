import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sickLeaveKommuner } from '../../scripts/lib/bench/synthetic-jamfor';
import { restrictedDir } from '../../scripts/lib/synthetic-national';
import { ROOT } from '../helpers/paths';
import { smallNational } from '../helpers/small-national';
import { openChartTables, openSite, visit, waitForData, type Site } from './helpers/site';

/**
 * A partitioned data set as a municipality would serve it (SYNTHETIC, 4 kommuner, never shipped):
 * the browser is served the KPI extracts only as their protected facts, and shows hidden figures
 * as "skyddad". The data set is linked into the build for this test only.
 */
const NAME = 'e2e-served';
let site: Site;
let dir: string;
const link = join(ROOT, 'build', NAME);

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'tertial-served-e2e-'));
	await smallNational(dir, 11, 3000);
	rmSync(link, { force: true });
	symlinkSync(dir, link);
	site = await openSite();
}, 120_000);
afterAll(async () => {
	await site?.close();
	rmSync(link, { force: true });
	for (const d of [dir, restrictedDir(dir)]) if (d) rmSync(d, { recursive: true, force: true });
});

describe('a served data set in the browser', () => {
	it('Jämför reads only its protected facts, never a raw KPI extract, and says "skyddad" for a hidden figure', async () => {
		const kommuner = sickLeaveKommuner(dir);
		expect(kommuner).toHaveLength(4);
		const { page, problems } = await visit(
			site,
			`/jamfor/?data=${NAME}&matt=sick_leave_total_pct&kommuner=${kommuner.join(',')}`
		);
		await waitForData(page);
		await openChartTables(page);
		const result = page.locator('[data-testid="compare-result"]');
		await result.locator('[data-chart-ready="true"]').first().waitFor({ timeout: 60_000 });
		await page.locator('[data-testid="synthetic"]').waitFor();
		await page.locator('[data-testid="suppressed-note"]').waitFor({ timeout: 60_000 });
		expect(await page.locator('[data-testid="suppressed-note"]').textContent()).toContain('skyddad');
		const fetched = site.served.filter((s) => s.includes(`/${NAME}/`));
		for (const k of kommuner)
			expect(fetched.some((s) => s.startsWith('200 ') && s.includes(`/synthetic-served_safe/kommun=${k}/`))).toBe(true);
		expect(fetched.filter((s) => /synthetic-(staffing|sick_leave|senior_alert|caseload)\//.test(s))).toEqual([]);
		expect(problems).toEqual([]);
	});

	it('Rapport reads a served kommun whole: goals, economy and key figures with their sources, no error', async () => {
		const [kommun] = sickLeaveKommuner(dir);
		const { page, problems } = await visit(site, `/rapport/?data=${NAME}&kommun=${kommun}`);
		await waitForData(page);
		for (const id of ['goals', 'report-economy'])
			await page.locator(`[data-testid="${id}"]`).waitFor({ timeout: 60_000 });
		expect(await page.locator('[data-testid="report-economy"]').textContent()).toMatch(
			/Källa: syntetisk-budget-\d{4}\.csv, rad \d+/
		);
		await page.waitForLoadState('networkidle');
		expect(await page.locator('[data-testid="error-notice"]').count()).toBe(0);
		expect(problems).toEqual([]);
	});

	it('the Data page says the data set was protected when it was built', async () => {
		const { page, problems } = await visit(site, `/data/?data=${NAME}`);
		await waitForData(page);
		const note = page.locator('[data-testid="served-protected"]');
		await note.waitFor();
		expect(await note.textContent()).toContain('skyddades redan när det byggdes');
		expect(problems).toEqual([]);
	});
});
