import { existsSync } from 'node:fs';
import { compareFilters } from '../../helpers/compare-filters';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetAreas } from '../../../src/lib/queries/budget-areas';
import { budgetComparison } from '../../../src/lib/queries/budget-compare';
import { budgetHeadlines } from '../../../src/lib/queries/budget-headline';
import { budgetReports } from '../../../src/lib/queries/budget-reports';
import { comparison } from '../../../src/lib/queries/compare';
import { keyIndicators } from '../../../src/lib/queries/key-indicators';
import { reportList } from '../../../src/lib/queries/overview';
import { toRows } from '../../../src/lib/queries/sql';
import { NodeRunner } from '../../helpers/node-runner';
import { BUILT_DATA } from '../../helpers/paths';

let runner: NodeRunner;
beforeAll(async () => (runner = await NodeRunner.open(BUILT_DATA)));
afterAll(() => runner?.close());

describe.skipIf(!existsSync(join(BUILT_DATA, 'manifest.json')))('one answer per question (native DuckDB)', () => {
	it("each report's forecast deviation is the same in Översikt's, Ekonomi's and Jämför's queries", async () => {
		const headlines = toRows(await runner.run(budgetHeadlines()));
		expect(headlines.map((h) => [h.report_id, h.deviation_tkr])).toEqual(
			expect.arrayContaining([
				['nybro-2024-t2', -1068],
				['ludvika-2023-jan-dec', -53800],
				['gnesta-2023-delar', -8225],
				['timra-2023-delar', -40886]
			])
		);
		const compare = toRows(await runner.run(comparison(compareFilters('budget_net_deviation_year'))));
		for (const h of headlines) {
			const total = toRows(await runner.run(budgetAreas(h.report_id, 'net'))).find(
				(r) => r.is_total && r.parent_area_label == null
			);
			expect(total?.deviation_forecast_tkr ?? total?.deviation_year_tkr, h.report_id).toBe(h.deviation_tkr);
			const inJamfor = compare.filter((c) => c.kommun === h.kommun && c.period_label === h.period_label);
			expect(
				inJamfor.map((c) => c.value),
				h.report_id
			).toEqual([h.deviation_tkr]);
		}
	});

	it('each municipality opens on its most complete report (a deviation for the year first)', async () => {
		const ekonomi = toRows(await runner.run(budgetReports()));
		const first = (k: string) => ekonomi.find((r) => r.kommun === k)?.report_id;
		expect([first('2085'), first('2262'), first('0881'), first('0461')]).toEqual([
			'ludvika-2023-jan-dec',
			'timra-2023-delar',
			'nybro-2024-t2',
			'gnesta-2023-delar'
		]);
		const rapport = toRows(await runner.run(reportList())).filter((r) => r.is_report);
		expect(rapport.find((r) => r.kommun === '2262')).toMatchObject({
			report_id: 'timra-2023-delar',
			committee: 'Socialnämnden'
		});
	});

	it('a key indicator is never compared with the same period', async () => {
		for (const kommun of ['0881', '2085', '0127', '2262', '0461']) {
			const rows = toRows(await runner.run(keyIndicators(kommun, 'sick_leave,staffing,senior_alert,caseload')));
			for (const r of rows) if (r.previous_label != null) expect(r.previous_label, r.measure).not.toBe(r.period_label);
		}
	});
});

describe.skipIf(!existsSync(join(BUILT_DATA, 'manifest.json')))('"% av budget" on a tiny budget', () => {
	it('is not computed below MIN_BUDGET_FOR_SHARE_TKR (Gnesta Hemtjänst), so it can never top a ranking', async () => {
		const areas = toRows(await runner.run(budgetAreas('gnesta-2023-delar', 'net')));
		const hemtjanst = areas.find((a) => a.area_label.includes('Hemtjänst Gnesta'));
		expect(hemtjanst?.deviation_tkr).toBe(-7636);
		expect(hemtjanst?.deviation_pct).toBeNull();
		for (const a of areas) if (a.deviation_pct != null) expect(Math.abs(a.deviation_pct)).toBeLessThan(100);
	});
});

describe.skipIf(!existsSync(join(BUILT_DATA, 'manifest.json')))("Ekonomi's comparison between kommuner", () => {
	it('has one row per kommun and period (Timrå once for jan–aug 2023, from the delår)', async () => {
		const rows = toRows(await runner.run(budgetComparison(null))).filter((r) => r.area_std === 'total');
		const timra = rows.filter((r) => r.kommun === '2262' && r.period_label === 'jan–aug 2023');
		expect(timra.map((r) => [r.report_id, r.deviation_tkr])).toEqual([['timra-2023-delar', -40886]]);
	});
});
