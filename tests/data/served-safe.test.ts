import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restrictedDir } from '../../scripts/lib/synthetic-national';
import { buildProtectedFacts } from '../../src/lib/db/protect';
import { tableRef } from '../../src/lib/db/raw-tables';
import { sql } from '../../src/lib/queries/sql';
import { KPI_TABLES } from '../../src/lib/schema/table-names';
import { NodeRunner } from '../helpers/node-runner';
import { smallNational } from '../helpers/small-national';

/**
 * A partitioned data set serves its KPI extracts only as protected facts (served_safe, made by the
 * data build with the browser's rule): SYNTHETIC data, 4 kommuner, never shipped. The tab must
 * get the same protected facts as if it had protected the raw rows itself, and a user's own rows
 * for a served kommun must be protected together with the served ones.
 */
let dir: string;
const runners: NodeRunner[] = [];
beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'tertial-served-'));
	await smallNational(dir, 5, 4000);
});
afterAll(() => {
	for (const r of runners) r.close();
	for (const d of [dir, restrictedDir(dir)]) rmSync(d, { recursive: true, force: true });
});

async function open(scope: { kommuner?: string[]; years?: [number, number] } = {}, raw = false) {
	const r = await NodeRunner.openPartitioned(dir, scope, true, raw);
	runners.push(r);
	return r;
}

/** Every row of kpi_safe as text, in one order. */
async function safeRows(r: NodeRunner, where = sql`true`): Promise<string[]> {
	return (await r.all(sql`SELECT x::VARCHAR AS row FROM kpi_safe x WHERE ${where} ORDER BY 1`)).map((x) =>
		String(x.row)
	);
}

const HIDDEN_CELLS = sql`SELECT DISTINCT kommun, measure, sex, unit_area, period_start FROM kpi_safe WHERE suppressed`;

describe('protected facts served by the data build', () => {
	it('are row for row what the tab would build from the raw extracts, for any selection', async () => {
		const served = await open();
		const raw = await open({}, true);
		const all = await safeRows(served);
		expect(all.length).toBe(4 * 4000);
		expect(all).toEqual(await safeRows(raw));
		// One kommun and one year: the same figures as in the whole (protected over all its years).
		const [k] = (await served.all(sql`SELECT min(kommun) AS k FROM kpi_safe`)).map((x) => String(x.k));
		const part = await open({ kommuner: [k!], years: [2015, 2015] });
		expect(await safeRows(part)).toEqual(await safeRows(served, sql`kommun = ${k!} AND year(period_start) = 2015`));
	});

	it('hold no raw sensitive figure: no KPI extract is served, and every small group is hidden', async () => {
		expect(readdirSync(dir).filter((f) => KPI_TABLES.some((t) => f.includes(t)))).toEqual([]);
		const r = await open();
		const [x] = await r.all(sql`SELECT
			count(*) FILTER (WHERE suppressed)::INTEGER AS hidden,
			count(*) FILTER (WHERE suppressed AND (value IS NOT NULL OR n IS NOT NULL OR quote IS NOT NULL))::INTEGER AS leaked,
			count(*) FILTER (WHERE NOT suppressed AND n <= 10 AND extract IN ('sick_leave', 'staffing'))::INTEGER AS small
			FROM ${tableRef('served_safe')}`);
		expect(Number(x!.hidden)).toBeGreaterThan(0);
		expect([x!.leaked, x!.small]).toEqual([0, 0]);
	});

	it("protect a user's own rows for a served kommun together with the served ones", async () => {
		const r = await open();
		const [k] = (await r.all(sql`SELECT min(kommun) AS k FROM kpi_safe`)).map((x) => String(x.k));
		const servedHidden = await r.all(sql`${HIDDEN_CELLS} AND kommun = ${k!}`);
		// The user's extract: the kommun's sick-leave figures again (large groups, other values), and
		// one small unit of its own, whose hiding must take a served figure with it.
		await r.all(sql`INSERT INTO ${tableRef('sick_leave')} BY NAME
			SELECT * EXCLUDE (extract, suppressed, suppression) REPLACE (coalesce(value, 5.0) + 0.01 AS value, 50 AS n,
				'egen.csv' AS source)
			FROM ${tableRef('served_safe')} WHERE kommun = ${k!} AND extract = 'sick_leave'`);
		await r.all(sql`INSERT INTO ${tableRef('sick_leave')} BY NAME
			SELECT * EXCLUDE (extract, suppressed, suppression) REPLACE ('Enhet 99' AS unit_area, 'enhet 99' AS unit_area_key,
				4 AS n, 3.3 AS value, 'egen.csv' AS source)
			FROM ${tableRef('served_safe')} WHERE kommun = ${k!} AND extract = 'sick_leave' AND unit_area IS NOT NULL AND NOT suppressed
			LIMIT 1`);
		const before = await safeRows(r, sql`kommun <> ${k!}`);
		await buildProtectedFacts(r, [k!]);
		const incremental = await safeRows(r);
		// Every cell the build hid stays hidden, the user's copies of it too; more are hidden beside the new small unit.
		const nowHidden = await r.all(sql`${HIDDEN_CELLS} AND kommun = ${k!}`);
		const key = (c: Record<string, unknown>) => JSON.stringify(c);
		expect(new Set(nowHidden.map(key))).toEqual(new Set([...nowHidden, ...servedHidden].map(key)));
		expect(nowHidden.length).toBeGreaterThan(servedHidden.length + 1);
		const [leak] = await r.all(sql`SELECT count(*)::INTEGER AS n FROM kpi_safe c
			JOIN (${HIDDEN_CELLS}) h ON h.kommun = c.kommun AND h.measure = c.measure AND h.sex = c.sex
				AND h.unit_area IS NOT DISTINCT FROM c.unit_area AND h.period_start = c.period_start
			WHERE c.value IS NOT NULL`);
		expect(leak!.n).toBe(0);
		// Other kommuner untouched; a full rebuild gives the same rows.
		expect(await safeRows(r, sql`kommun <> ${k!}`)).toEqual(before);
		await buildProtectedFacts(r);
		expect(await safeRows(r)).toEqual(incremental);
		// The answer is a fixpoint of the rule: its served rows served as they now are, beside the same
		// own rows, hide nothing more.
		await r.all(
			sql`CREATE OR REPLACE TABLE ${tableRef('served_safe')} AS SELECT * FROM kpi_safe WHERE source <> 'egen.csv'`
		);
		await buildProtectedFacts(r);
		expect(await safeRows(r)).toEqual(incremental);
	});

	it('a served file that shows a small group, or holds a hidden figure, is protected in the tab (fail-closed)', async () => {
		const r = await open();
		// A hidden served row that still holds its figures (a file not made by our build): never shown.
		await r.all(sql`UPDATE ${tableRef('served_safe')} SET value = 7.77, n = 4, quote = '7,77'
			WHERE rowid = (SELECT min(rowid) FROM ${tableRef('served_safe')} WHERE suppressed)`);
		await buildProtectedFacts(r);
		const [held] = await r.all(sql`SELECT count(*)::INTEGER AS n FROM kpi_safe
			WHERE suppressed AND (value IS NOT NULL OR n IS NOT NULL OR quote IS NOT NULL)`);
		expect(held!.n).toBe(0);
		// A served row edited to show a group of 3 (a file not made by our build).
		await r.all(sql`UPDATE ${tableRef('served_safe')} SET n = 3 WHERE rowid = (SELECT min(rowid) FROM ${tableRef('served_safe')}
			WHERE extract = 'sick_leave' AND NOT suppressed AND unit_area IS NOT NULL)`);
		const before = await r.all(
			sql`SELECT count(*) FILTER (WHERE suppressed)::INTEGER AS n FROM ${tableRef('served_safe')}`
		);
		await buildProtectedFacts(r);
		const [x] =
			await r.all(sql`SELECT count(*) FILTER (WHERE NOT suppressed AND n <= 10 AND extract IN ('sick_leave', 'staffing'))::INTEGER AS shown,
			count(*) FILTER (WHERE suppressed)::INTEGER AS hidden FROM kpi_safe`);
		expect(x!.shown).toBe(0);
		// The small group and at least one figure beside it, so it cannot be recomputed.
		expect(Number(x!.hidden)).toBeGreaterThan(Number(before[0]!.n) + 1);
	});
});
