import { existsSync } from 'node:fs';
import { compareFilters } from '../../helpers/compare-filters';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetAreaLines } from '../../../src/lib/queries/budget-area-detail';
import { budgetAreas } from '../../../src/lib/queries/budget-areas';
import { budgetComparison } from '../../../src/lib/queries/budget-compare';
import { BUDGET_MEASURES } from '../../../src/lib/queries/budget-facts';
import { budgetHeadlines } from '../../../src/lib/queries/budget-headline';
import { budgetMovement } from '../../../src/lib/queries/budget-movement';
import { comparison } from '../../../src/lib/queries/compare';
import { domainFacts } from '../../../src/lib/queries/domain-facts';
import { evbDecisions, evbSummary } from '../../../src/lib/queries/evb';
import { keyIndicators } from '../../../src/lib/queries/key-indicators';
import { sickLeaveFigures } from '../../../src/lib/queries/sick-leave';
import { toRows, type Query } from '../../../src/lib/queries/sql';
import { staffingFigures } from '../../../src/lib/queries/staffing';
import type { BudgetLine } from '../../../src/lib/schema/budget-row';
import { KPI_TABLES } from '../../../src/lib/schema/extracts';
import { NodeRunner } from '../../helpers/node-runner';
import { BUILT_DATA } from '../../helpers/paths';

/**
 * No view query that aggregates or ranks reads a non-canonical statement: every non-canonical
 * row's figure is changed, and every such query must answer exactly as before. Only `note` may
 * differ — it is where a view says that the document also states another value, and where.
 */
const KOMMUNER = ['0881', '2085', '0127', '2262', '0461'];
const SHIFT = 100000;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a list of queries of every row type
type AnyQuery = Query<any>;

let db: NodeRunner;
beforeAll(async () => (db = await NodeRunner.open(BUILT_DATA)));
afterAll(() => db?.close());

async function queries(): Promise<AnyQuery[]> {
	const all = async <T>(text: string) => (await db.conn.runAndReadAll(text)).getRowObjectsJson() as T[];
	// Budget queries per report, line and area wherever a figure is stated more than once.
	const reports = await all<{ report_id: string; kommun: string; year: number; budget_line: BudgetLine }>(
		`SELECT DISTINCT report_id, kommun, year(period_end)::INTEGER AS year, budget_line FROM budget
		WHERE report_id IN (SELECT report_id FROM budget WHERE NOT canonical) ORDER BY ALL`
	);
	const areas = await all<{ report_id: string; area_label: string }>(
		`SELECT DISTINCT report_id, coalesce(parent_area_label, area_label) AS area_label FROM budget WHERE NOT canonical ORDER BY ALL`
	);
	// Jämför series wherever a figure is stated more than once (the budget measures: committee total).
	const repeated = await all<{ measure: string; sex: string; age_band: string | null; unit_area: string | null }>(
		`SELECT DISTINCT measure, sex, age_band, unit_area_key AS unit_area FROM (${KPI_TABLES.map((t) => `SELECT * FROM restricted.${t}`).join(' UNION ALL BY NAME ')})
		WHERE NOT canonical AND item IS NULL AND value_kind = 'actual' ORDER BY ALL`
	);
	const out: AnyQuery[] = [budgetHeadlines(), budgetComparison(null)];
	for (const r of reports) out.push(budgetAreas(r.report_id, r.budget_line));
	for (const r of new Map(reports.map((r) => [`${r.kommun} ${r.year}`, r])).values())
		out.push(budgetMovement(r.kommun, Number(r.year)));
	for (const a of areas) out.push(budgetAreaLines(a.report_id, a.area_label));
	for (const k of KOMMUNER) {
		out.push(keyIndicators(k, KPI_TABLES.join(',')), evbSummary(k), evbDecisions(k), staffingFigures(k));
		out.push(sickLeaveFigures(k, 'all'));
		for (const t of KPI_TABLES) out.push(domainFacts(t, k));
	}
	const series = [
		...repeated,
		...Object.keys(BUDGET_MEASURES).map((measure) => ({ measure, sex: 'T', age_band: null, unit_area: null }))
	];
	for (const b of series)
		out.push(
			comparison(
				compareFilters(b.measure, {
					sex: b.sex as 'T',
					ageBand: b.age_band,
					unitArea: b.unit_area,
					norm: b.measure.startsWith('budget_') ? 'pct_budget' : 'none'
				})
			)
		);
	return out;
}

async function answers(list: AnyQuery[]): Promise<string[]> {
	const out: string[] = [];
	for (const q of list)
		out.push(
			// As a set of rows: some queries order ties arbitrarily.
			toRows(await db.run(q as Query<Record<string, unknown>>))
				.map((r) => JSON.stringify({ ...r, note: undefined }))
				.sort()
				.join('\n')
		);
	return out;
}

describe.skipIf(!existsSync(join(BUILT_DATA, 'manifest.json')))('views read only canonical statements', () => {
	it('changing every non-canonical figure changes no answer of a query that aggregates or ranks', async () => {
		const list = await queries();
		expect(list.length).toBeGreaterThan(100);
		const before = await answers(list);
		const naive = 'SELECT sum(value) AS s FROM restricted.caseload';
		const naiveBefore = (await db.conn.runAndReadAll(naive)).getRowObjectsJson();
		for (const t of KPI_TABLES)
			await db.conn.run(`UPDATE restricted.${t} SET value = value + ${SHIFT} WHERE NOT canonical`);
		await db.conn.run(
			`UPDATE budget SET value = value + ${SHIFT}, amount_tkr = amount_tkr + ${SHIFT} WHERE NOT canonical`
		);
		await db.createViews();
		// The tampering is real: a query that ignores the rule sees it.
		expect((await db.conn.runAndReadAll(naive)).getRowObjectsJson()).not.toEqual(naiveBefore);
		const after = await answers(list);
		list.forEach((q, i) => expect(after[i], q.purpose).toBe(before[i]));
	}, 300_000);
});
