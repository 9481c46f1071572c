import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvObjects, parseCsv } from '../../src/lib/csv/parse';
import { KPI_TABLES } from '../../src/lib/schema/extracts';
import { foldLabel } from '../../src/lib/schema/statements';
import { NodeRunner } from '../helpers/node-runner';
import { BUILT_DATA, DATA_DIR } from '../helpers/paths';

/** The canonical-statement rule and the normalised labels, proven on the built extracts. */
let db: NodeRunner;
beforeAll(async () => (db = await NodeRunner.open(BUILT_DATA)));
afterAll(() => db?.close());

const EXTRACTS = [...KPI_TABLES, 'budget', 'goals'] as const;

async function rows<T>(text: string): Promise<T[]> {
	const r = await db.conn.runAndReadAll(text);
	return r.getRowObjectsJson() as T[];
}
const num = (v: unknown) => Number(v);
/** The raw extracts live in the restricted schema (the app reads them only through protected views). */
const ref = (t: string) => ((KPI_TABLES as readonly string[]).includes(t) ? `restricted."${t}"` : `"${t}"`);

describe.skipIf(!existsSync(join(BUILT_DATA, 'manifest.json')))('canonical statements', () => {
	it('every group of statements has exactly one canonical row (none only where a listed summary restates a table)', async () => {
		for (const t of EXTRACTS) {
			const bad = await rows<{ statement_group: string; n: number; c: number }>(
				`SELECT statement_group, count(*) AS n, count(*) FILTER (WHERE canonical) AS c FROM ${ref(t)} GROUP BY 1 HAVING c <> 1 ORDER BY 1`
			);
			// Gnesta Tabell 8's "Övriga koder" and "Totalt" (l. 693–694) exist only in the restating summary.
			expect(
				bad.map((b) => b.statement_group),
				t
			).toEqual(t === 'caseload' ? [expect.stringMatching(/^0461\|.*\|T\|\|\|\|$/), expect.stringMatching(/Övriga koder/)] : []);
		}
	});

	it('the repeated statements are the 20 the re-reading found, plus the 3 school-report sums (l. 1051, 1080) now read as repeats and Ludvika’s pay increase (l. 85, 148), 3 disagreeing', async () => {
		const groups = await rows<{ n: number; values: number }>(
			`SELECT count(*) AS n, count(DISTINCT value) AS values FROM (${KPI_TABLES.map((t) => `SELECT statement_group, value FROM ${ref(t)}`).join(' UNION ALL ')})
			GROUP BY statement_group HAVING count(*) > 1`
		);
		expect(groups.length).toBe(25);
		expect(groups.filter((g) => num(g.values) > 1).length).toBe(3);
	});

	it('Gnesta concern reports jan–jun 2023: one canonical total, 369, and each breakdown of canonical rows adds up to it', async () => {
		const q = (where: string) =>
			rows<{
				s: number;
				n: number;
			}>(`SELECT sum(value) AS s, count(*) AS n FROM restricted.caseload WHERE kommun = '0461'
				AND measure = 'concern_reports_count' AND period_start = '2023-01-01' AND period_end = '2023-06-30' AND ${where}`);
		// The naive sum over every row double counts: the total is printed three times, and twice more as its parts.
		expect(num((await q('true'))[0]!.s)).toBe(2175);
		const total = (await q('canonical AND unit_area IS NULL AND age_band IS NULL AND detail IS NULL'))[0]!;
		expect([num(total.s), num(total.n)]).toEqual([369, 1]);
		expect(
			num((await q("canonical AND unit_area IS NOT NULL AND unit_area <> 'Förskola, fritidshem och skola'"))[0]!.s)
		).toBe(369);
		expect(num((await q('canonical AND age_band IS NOT NULL AND unit_area IS NULL'))[0]!.s)).toBe(369);
		const school = await q(
			"canonical AND unit_area = 'Förskola, fritidshem och skola' AND detail IS NULL AND age_band IS NULL"
		);
		expect([num(school[0]!.s), num(school[0]!.n)]).toEqual([66, 1]);
	});

	it('Gnesta income support June 2023: canonical rows by code add up to 81 (Tabell 7), not 225; Tabell 8 restates them', async () => {
		const q = (where: string) =>
			rows<{
				s: number;
			}>(`SELECT sum(value) AS s FROM restricted.caseload WHERE kommun = '0461' AND measure = 'income_support_recipients_count'
				AND period_start = '2023-06-01' AND period_end = '2023-06-30' AND ${where}`);
		expect(num((await q('true'))[0]!.s)).toBe(225);
		expect(num((await q('canonical'))[0]!.s)).toBe(81);
		expect(num((await q('canonical AND unit_area_key IS NOT NULL'))[0]!.s)).toBe(81);
	});

	it('the committee table over running text, tkr over a rounded mnkr, then the earlier line', async () => {
		const pick = async (t: string, where: string) =>
			(await rows<{ line: number }>(`SELECT line FROM ${ref(t)} WHERE canonical AND ${where}`)).map((r) => num(r.line));
		// Gnesta's committee total is in the text (l. 173, 424) and the table (l. 443): the table speaks.
		expect(
			await pick(
				'budget',
				"report_id = 'gnesta-2023-delar' AND area_std = 'total' AND amount_kind = 'deviation_forecast'"
			)
		).toEqual([443]);
		// Timrå's forecast deviation: −40 886 tkr (table l. 2145) over "−40,9 mnkr" (text l. 2816).
		expect(
			await pick(
				'budget',
				"report_id = 'timra-2023-delar' AND area_key = 'Socialnämnden' AND budget_line = 'net' AND amount_kind = 'deviation_forecast'"
			)
		).toEqual([2145]);
		// Timrå's 8 sommarentreprenörer: the volume table (l. 2682) over the text (l. 2617).
		expect(await pick('caseload', "measure = 'summer_entrepreneurs_count' AND period_end = '2023-08-31'")).toEqual([
			2682
		]);
		// Two tables: the first line (Gnesta's sick leave, Bilaga 1 l. 569 before Tabell 3 l. 593).
		expect(
			await pick(
				'sick_leave',
				"kommun = '0461' AND measure = 'sick_leave_total_pct' AND period_end = '2023-06-30' AND sex = 'T' AND age_band IS NULL"
			)
		).toEqual([569]);
	});
});

describe.skipIf(!existsSync(join(BUILT_DATA, 'manifest.json')))('normalised labels', () => {
	it('no two keys differ only in case, dash, whitespace or a listed typo', async () => {
		const keys = await rows<{ key: string }>(
			`SELECT DISTINCT unit_area_key AS key FROM (${KPI_TABLES.map((t) => `SELECT kommun, unit_area_key FROM ${ref(t)}`).join(' UNION ALL ')}) WHERE key IS NOT NULL
			UNION SELECT DISTINCT area_key FROM budget`
		);
		const byFold = new Map<string, string[]>();
		for (const { key } of keys) byFold.set(foldLabel(key), [...(byFold.get(foldLabel(key)) ?? []), key]);
		expect([...byFold.values()].filter((k) => k.length > 1)).toEqual([]);
		// The issue's pairs, each now one key (and the document's own label kept beside it).
		const pairs = await rows<{ unit_area: string; unit_area_key: string }>(
			`SELECT DISTINCT unit_area, unit_area_key FROM restricted.caseload WHERE unit_area ILIKE '32%aktiv%' OR unit_area LIKE '41 %' OR unit_area ILIKE 'lss 9§4%' ORDER BY 1`
		);
		expect(new Set(pairs.map((p) => p.unit_area)).size).toBe(6);
		expect(new Set(pairs.map((p) => p.unit_area_key)).size).toBe(3);
	});

	it('the fold catches what the mapping must fix', () => {
		expect(foldLabel('32 Sjuk- eller aktivts ersättning')).toBe(foldLabel('32 Sjuk- eller aktivt  ersättning'));
		expect(foldLabel('(18–20 år)')).toBe(foldLabel('(18-20 år)'));
		expect(foldLabel('Lss 9§4 - kontaktperson')).toBe(foldLabel('LSS 9 § 4 – kontaktperson'));
		expect(foldLabel('SoL')).not.toBe(foldLabel('LSS'));
	});

	it('every reviewed mapping is used by a row and has a reason', async () => {
		const mapping = [...csvObjects(parseCsv(readFileSync(join(DATA_DIR, 'labels.csv'), 'utf8'), ','))].map(
			(r) => r.values
		);
		const used = new Set(
			(
				await rows<{ l: string }>(
					`SELECT unit_area AS l FROM (${KPI_TABLES.map((t) => `SELECT unit_area FROM ${ref(t)}`).join(' UNION ALL ')}) UNION SELECT area_label FROM budget`
				)
			).map((r) => r.l)
		);
		for (const m of mapping) {
			expect(used.has(m.label!), m.label).toBe(true);
			expect(m.reason!.length).toBeGreaterThan(10);
		}
	});
});
