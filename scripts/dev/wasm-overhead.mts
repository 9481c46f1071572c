// Dev aid: what a query's round trip costs in the page at a synthetic scale, apart from DuckDB's work:
// a trivial query, the comparison, and the comparison's answer read back from a table (no compute).
import { syntheticJamforSession } from '../lib/bench/synthetic-jamfor';
import { comparison } from '../../src/lib/queries/compare';
import { compareFilters } from '../../tests/helpers/compare-filters';
import { median, timeQueryInPage } from '../lib/bench/measure';

const { q, server, url, browser } = await syntheticJamforSession();
const page = await (await browser.newContext()).newPage();
await page.goto(`${url}/jamfor/?bench${q}`);
await page.waitForSelector('[data-testid="compare-result"] [data-chart-ready="true"]', { timeout: 600_000 });
await page.waitForTimeout(1000);
const kommuner = (new URL(`http://x/?${q}`).searchParams.get('kommuner') ?? '').split(',');
const cmp = comparison(compareFilters('sick_leave_total_pct', { kommuner }));
const t = async (label: string, text: string, params: unknown[] = []) =>
	console.log(label.padEnd(36), median(await timeQueryInPage(page, text, params as never, 15)).toFixed(1), 'ms');
await t('SELECT 1', 'SELECT 1 AS x');
await t('comparison', cmp.sql.text, cmp.sql.params);
await page.evaluate(
	([text, params]) =>
		(
			window as never as { __tertialBench: { timeQuery(t: string, p: unknown[], n: number): Promise<number[]> } }
		).__tertialBench.timeQuery(`CREATE OR REPLACE TEMP TABLE cmp_copy AS ${text}`, params as unknown[], 1),
	[cmp.sql.text, cmp.sql.params] as const
);
await t('answer from a table (1200 × 20)', 'SELECT * FROM cmp_copy');
await t('answer, numbers only', 'SELECT value, shown, rank, ranked, line, denominator, period_months FROM cmp_copy');
await t('answer, no provenance', 'SELECT * EXCLUDE (note, source, file, line, quote) FROM cmp_copy');
await t('count from table', 'SELECT count(*) FROM cmp_copy');
await t('comparison as count', `SELECT count(*) FROM (${cmp.sql.text})`, cmp.sql.params);
await browser.close();
server.close();
