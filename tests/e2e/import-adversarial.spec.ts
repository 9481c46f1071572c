import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { adversarialCases, type Case } from '../adversarial/cases';
import { SWEEP_PATHS } from '../adversarial/small-groups';
import { summaryTable, writeReport, writeSeen, type FileResult, type Totals } from './helpers/adversarial-report';
import { confirm, digest, upload } from './helpers/import';
import { openSite, visit, waitForData, type Site } from './helpers/site';
import { csvCells, formulaCells, needles, sweep } from './helpers/sweep';

/**
 * Every file of tests/adversarial/cases.ts uploaded on one page as a user would, each checked for
 * its outcome and for what it did to the tables; then every view swept for the small groups'
 * hidden figures. The record goes to test-results/adversarial-report.md.
 */
let site: Site;
let page: Page;
let problems: string[];
let cases: Case[] = [];
const results: FileResult[] = [];
let totals: Totals = { pwned: false, hostileNodes: 0, problems: [], stats: null };

beforeAll(async () => {
	cases = await adversarialCases();
	const names = cases.filter((c) => c.expect.outcome === 'accepted').map((c) => c.file);
	if (new Set(names).size !== names.length) throw new Error('two accepted files share a name: their rows would mix');
	site = await openSite();
	({ page, problems } = await visit(site, '/data/?testhook'));
	await waitForData(page);
	await page.waitForSelector('[data-testid="own-extracts"]');
	// Count every element a label could turn into code, from here on.
	await page.evaluate(() => {
		const w = window as unknown as { __hostileNodes: number };
		w.__hostileNodes = 0;
		const hostile = 'img[src="x"], script, iframe';
		new MutationObserver((records) => {
			for (const r of records)
				for (const n of r.addedNodes)
					if (n instanceof Element && (n.matches(hostile) || n.querySelector(hostile))) w.__hostileNodes++;
		}).observe(document, { childList: true, subtree: true });
	});
}, 120_000);

afterAll(async () => {
	if (page) {
		totals = {
			...totals,
			pwned: await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned !== undefined),
			hostileNodes: await page.evaluate(() => (window as unknown as { __hostileNodes: number }).__hostileNodes),
			problems: [...problems]
		};
		const path = writeReport(results, totals);
		console.log(`${summaryTable(results, totals)}\n${path}`);
	}
	await site?.close();
});

const expected = (e: Case['expect']) =>
	e.outcome === 'accepted'
		? `godtas, ${e.rows} rader`
		: e.outcome === 'refused'
			? `vägras: ${e.reason}`
			: `avvisas: rad ${e.row}, ${e.column}, ${e.reason}`;

/** Upload one file, check its outcome against the expected one; returns what the report says. */
async function run(c: Case): Promise<{ card: Locator; outcome: string; detail: string; failure: string | null }> {
	const card = await upload(page, { name: c.file, buffer: c.bytes }, { formatKey: c.formatKey });
	const phase = (await card.getAttribute('data-phase')) ?? '?';
	const text = ((await card.textContent()) ?? '').replace(/\s+/g, ' ');
	const e = c.expect;
	const got = (s: string) => `got ${phase}: ${s.slice(0, 300)}`;
	if (phase === 'refused') {
		const reason = ((await card.locator('[data-testid="import-refused"]').textContent()) ?? '').replace(/\s+/g, ' ');
		const ok = e.outcome === 'refused' && reason.includes(e.reason);
		return { card, outcome: 'refused', detail: reason, failure: ok ? null : got(text) };
	}
	if (phase === 'mapping') {
		const column = text.match(/Välj en kolumn för: ([^.]+)/)?.[1]?.trim() ?? '?';
		const ok = e.outcome === 'rejected' && e.row === 1 && column.startsWith(e.column);
		return {
			card,
			outcome: 'rejected',
			detail: `rad 1 / ${column} / ingen kolumn för ${column}`,
			failure: ok ? null : got(text)
		};
	}
	if (phase !== 'report') return { card, outcome: phase, detail: '', failure: got(text) };
	const rows = await card
		.locator('[data-testid="import-problems"] tbody tr')
		.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
	if (rows.length > 0 || !(await card.locator('[data-testid="confirm-import"]').count())) {
		const hit =
			e.outcome === 'rejected' &&
			rows.some(
				([f, r, col, why]) => f === c.file && r === String(e.row) && col === e.column && why!.includes(e.reason)
			);
		const canConfirm = (await card.locator('[data-testid="confirm-import"]').count()) > 0;
		const failure = !hit
			? got(`${JSON.stringify(rows.slice(0, 3))} ${text.slice(0, 200)}`)
			: canConfirm
				? 'a rejected file can still be confirmed'
				: null;
		return { card, outcome: 'rejected', detail: rows[0]?.slice(1).join(' / ') ?? '', failure };
	}
	if (e.outcome !== 'accepted') return { card, outcome: 'report', detail: '', failure: got(text) };
	await confirm(card);
	const done = ((await card.textContent()) ?? '').replace(/\s+/g, ' ');
	const loaded = done.match(/(\d[\d\s]*) rader inlästa/)?.[1]?.replace(/\s/g, '') ?? '?';
	const ok = loaded === String(e.rows);
	return { card, outcome: 'accepted', detail: `${loaded} rader`, failure: ok ? null : got(done) };
}

describe('adversarial files in Chromium (generated by tests/adversarial/cases.ts)', () => {
	it('gives each file its outcome; a refused or rejected file changes no table; an accepted one takes nothing away', async () => {
		for (const c of cases) {
			await page.evaluate(() => {
				for (const k of Object.keys(localStorage)) if (k.startsWith('tertial:koppling:')) localStorage.removeItem(k);
			});
			const before = await digest(page);
			const { card, outcome, detail, failure } = await run(c);
			const after = await digest(page);
			const changed = JSON.stringify(after) !== JSON.stringify(before);
			// An accepted file's own rows left out, every table must be as before.
			const kept = outcome === 'accepted' ? await digest(page, `user:${c.file}`) : after;
			// The tables where something from before is no longer as it was.
			const lostIn = outcome === 'accepted' ? Object.keys(before).filter((t) => kept[t] !== before[t]) : [];
			const lost = outcome === 'accepted' ? lostIn.length > 0 : changed;
			const more =
				c.expect.outcome === 'accepted' && outcome === 'accepted' && !changed ? 'accepted but no table changed' : null;
			results.push({
				id: c.id,
				file: c.file,
				why: c.why,
				expected: expected(c.expect),
				outcome,
				detail,
				tableChanged: changed,
				lost,
				failure: failure ?? more ?? (lost ? `data lost (${lostIn.join(', ') || 'a table changed'})` : null),
				revealed: c.hidden ? [] : null,
				shape: c.shape,
				hidden: c.hidden?.map((v) => v.toLocaleString('sv-SE'))
			});
			await card.locator('header button').click();
		}
		expect(results.filter((r) => r.failure).map((r) => `${r.id}: ${r.failure}`)).toEqual([]);
		expect(problems).toEqual([]);
	}, 600_000);

	it('no small group shows anywhere: every view, table alternative, export and Jämför tooltip; no script runs', async () => {
		const { seen, stats } = await sweep(page, SWEEP_PATHS);
		writeSeen(seen);
		totals = { ...totals, stats };
		for (const r of results.filter((r) => r.revealed)) {
			const c = cases.find((c) => c.id === r.id)!;
			for (const v of c.hidden!)
				for (const { form, re } of needles(v))
					for (const s of seen) if (re.test(s.text)) r.revealed!.push(`${form} i ${s.where}`);
			if (c.shown?.length)
				r.unseen = c.shown.filter((v) => !seen.some((s) => needles(v).some(({ re }) => re.test(s.text))));
		}
		// A group nowhere at all would prove nothing: each file's shown figures were found.
		expect(results.filter((r) => r.unseen?.length).map((r) => `${r.id}: ${r.unseen!.join(', ')} not seen`)).toEqual([]);
		expect(stats.failed).toEqual([]);
		// Re-attacks: no export cell starts a formula (the app's "+0,2 procentenheter" and a user's
		// "=HYPERLINK(…)" period alike); a file's own source column never cites a committee document.
		const csvs = seen.filter((s) => s.where.includes(' CSV '));
		const formulas = csvs.flatMap((s) => formulaCells(s.text).map((c) => `${s.where}: ${c}`));
		totals = { ...totals, formulaCells: formulas.length, csvExports: csvs.length };
		expect(formulas).toEqual([]);
		const cells = csvs.flatMap((s) => csvCells(s.text));
		for (const c of ['\'=HYPERLINK("http://example.invalid";"klick") jan 2025', "'+1 feb 2025", "'@SUM(1) mar 2025"])
			expect(cells).toContain(c);
		const forged = seen.filter((s) => s.where.includes('Syntetisk+enhet+kalla') && s.where.endsWith(' text'));
		// Cited as the user's file and row; the forged cells are only quoted as that row's text.
		expect(forged.map((s) => s.text).join('')).toContain('Källa: sjuk-forfalskad-kalla.csv (egen fil), rad 2');
		expect(forged.map((s) => s.text).join('')).not.toMatch(/Källa: nybro/);
		expect(results.filter((r) => r.revealed?.length).map((r) => `${r.id}: ${r.revealed!.join('; ')}`)).toEqual([]);
		expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
		expect(await page.evaluate(() => (window as unknown as { __hostileNodes: number }).__hostileNodes)).toBe(0);
		expect(problems).toEqual([]);
	}, 300_000);
});
