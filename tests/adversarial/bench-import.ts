// Not part of npm test: times one large synthetic long-format file through the Data page in Chromium.
// Usage: npx tsx tests/adversarial/bench-import.ts 100000   (needs a production build)
import { execSync } from 'node:child_process';
import { openSite, visit, waitForData } from '../e2e/helpers/site';

const rows = Number(process.argv[2] ?? 100_000);
const MONTHS = 36;
/** Seeded, clearly synthetic: units × months of sick leave for Gnesta, values from a fixed LCG. */
function file(n: number): Buffer {
	let x = 42;
	const parts = ['kommun;period;measure;sex;unit_area;value;n'];
	for (let i = 0; i < n; i++) {
		x = (x * 1103515245 + 12345) & 0x7fffffff;
		const unit = Math.floor(i / MONTHS);
		const m = i % MONTHS;
		const month = `${2022 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
		parts.push(
			`0461;${month};sick_leave_total_pct;T;Syntetisk enhet ${unit};${((x % 1500) / 100).toFixed(2).replace('.', ',')};${12 + (x % 40)}`
		);
	}
	return Buffer.from(parts.join('\n') + '\n');
}

/** Resident memory of every Chromium process, in MB (the tab, its workers and DuckDB's worker). */
function chromiumRssMb(): number {
	const out = execSync('ps -C chromium -o rss= 2>/dev/null || true').toString();
	return Math.round(out.split('\n').reduce((s, l) => s + (Number(l.trim()) || 0), 0) / 1024);
}

const buffer = file(rows);
const site = await openSite();
const { page } = await visit(site, '/data/');
await waitForData(page);
const base = chromiumRssMb();
let peak = base;
const timer = setInterval(() => (peak = Math.max(peak, chromiumRssMb())), 200);
const t0 = Date.now();
await page.setInputFiles('[data-testid="file-input"]', { name: `bench-${rows}.csv`, mimeType: 'text/csv', buffer });
const card = page.locator('[data-testid="import-job"]').first();
await card.locator('[data-testid="mapping-step"]').waitFor({ timeout: 600_000 });
const tRead = Date.now() - t0;
await card.locator('[data-testid="format-choice"]').selectOption('long:sick_leave');
await card.locator('[data-testid="check-file"]').click();
await card
	.locator('[data-testid="confirm-import"], [data-testid="import-rejected"]')
	.first()
	.waitFor({ timeout: 600_000 });
const tChecked = Date.now() - t0;
// The page must stay usable while the worker reads: a click is answered.
const clickT = Date.now();
await page.locator('summary:has-text("Mallar")').click();
const clickMs = Date.now() - clickT;
await card.locator('[data-testid="confirm-import"]').click();
await card.locator('[data-testid="import-done"], [data-testid="import-refused"]').first().waitFor({ timeout: 600_000 });
const tDone = Date.now() - t0;
clearInterval(timer);
console.log(
	JSON.stringify({
		rows,
		mb: Math.round(buffer.length / 1048576),
		readMs: tRead,
		checkedMs: tChecked,
		loadedMs: tDone,
		clickMs,
		rssBaseMb: base,
		rssPeakMb: peak,
		outcome: await card.getAttribute('data-phase')
	})
);
await site.close();
