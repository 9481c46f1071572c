import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvObjects, parseCsv } from '../../../src/lib/csv/parse';
import { AMOUNT_COLUMNS, amountKindOf, FOLLOW_UP_LINES, FOLLOW_UP_LINES_SQL } from '../../../src/lib/domain/budget';
import {
	DEFAULT_MEASURE,
	ECONOMY_KOLADA_KPIS,
	KEY_INDICATOR_DOMAINS,
	SICK_LEAVE_KOLADA_KPI,
	SICK_LEAVE_LABEL,
	SICK_LEAVE_MEASURES
} from '../../../src/lib/domain/kpis';
import { DOMAIN_LABEL } from '../../../src/lib/i18n/domains';
import { KOLADA_MATCH } from '../../../src/lib/kolada/caveats';
import { SELECTED_KPIS } from '../../../src/lib/kolada/selected-kpis';
import { budgetReports } from '../../../src/lib/queries/budget-reports';
import { reportList } from '../../../src/lib/queries/overview';
import { AMOUNT_KINDS, BUDGET_LINES } from '../../../src/lib/schema/budget-row';
import { DATA_DIR } from '../../helpers/paths';

const catalogue = csvObjects(parseCsv(readFileSync(join(DATA_DIR, 'measures.csv'), 'utf8'))).map((r) => r.values);
const byId = new Map(catalogue.map((m) => [m.measure!, m]));

describe('the measure catalogue (data/measures.csv) and the UI’s lists agree', () => {
	it('Personal’s sick-leave measures exist, in the sick-leave domain, with the catalogue’s labels', () => {
		for (const m of SICK_LEAVE_MEASURES) {
			expect(byId.get(m)?.domain, m).toBe('sick_leave');
			expect(SICK_LEAVE_LABEL[m], m).toBe(byId.get(m)?.label_sv);
		}
		expect(catalogue.filter((m) => m.domain === 'sick_leave').map((m) => m.measure)).toEqual([...SICK_LEAVE_MEASURES]);
		expect(byId.has(DEFAULT_MEASURE)).toBe(true);
	});

	it('Kolada KPIs named by the views are the catalogue’s counterparts, imported and explained', () => {
		expect(byId.get('sick_leave_total_pct')?.kolada_kpi).toBe(SICK_LEAVE_KOLADA_KPI);
		for (const kpi of [SICK_LEAVE_KOLADA_KPI, ...ECONOMY_KOLADA_KPIS]) {
			expect(SELECTED_KPIS, kpi).toContain(kpi);
			expect(KOLADA_MATCH[kpi], kpi).toBeDefined();
		}
		for (const m of catalogue.filter((m) => m.kolada_kpi)) expect(SELECTED_KPIS, m.measure).toContain(m.kolada_kpi);
	});

	it('every domain in the catalogue has a name, and the key indicators list real domains', () => {
		const domains = new Set(catalogue.map((m) => m.domain!));
		for (const d of domains) expect(DOMAIN_LABEL[d], d).toBeDefined();
		for (const d of KEY_INDICATOR_DOMAINS) expect(domains, d).toContain(d);
	});
});

describe('budget rules have one home', () => {
	it('follow-up lines are budget lines, and the SQL names the same set', () => {
		for (const l of FOLLOW_UP_LINES) expect(BUDGET_LINES).toContain(l);
		const inSql = [...FOLLOW_UP_LINES_SQL.matchAll(/'(\w+)'/g)].map((m) => m[1]);
		expect(new Set(inSql)).toEqual(new Set(FOLLOW_UP_LINES));
		for (const q of [budgetReports(), reportList()]) expect(q.sql.text, q.purpose).toContain(FOLLOW_UP_LINES_SQL);
	});

	it('every amount column is an amount kind', () => {
		for (const c of AMOUNT_COLUMNS) expect(AMOUNT_KINDS).toContain(amountKindOf(c));
	});
});
