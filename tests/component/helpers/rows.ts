import type { BudgetAreaRow } from '../../../src/lib/queries/budget-areas';
import type { BudgetCompareRow } from '../../../src/lib/queries/budget-compare';
import type { BudgetReportRow } from '../../../src/lib/queries/budget-reports';

// Synthetic rows for component tests only (labelled: not figures from any document).
const NO_AMOUNTS = {
	budget_period_tkr: null,
	outcome_period_tkr: null,
	deviation_period_tkr: null,
	budget_year_tkr: null,
	forecast_year_tkr: null,
	deviation_forecast_tkr: null,
	outcome_year_tkr: null,
	deviation_year_tkr: null
};

export function areaRow(over: Partial<BudgetAreaRow>): BudgetAreaRow {
	return {
		...NO_AMOUNTS,
		area_label: 'Testområde',
		area_std: 'ifo',
		area_std_label: 'Individ- och familjeomsorg',
		parent_area_label: null,
		is_total: false,
		deviation_tkr: null,
		deviation_pct: null,
		rank: null,
		children: 0,
		first_line: 1,
		...over
	};
}

export const TOTAL = areaRow({
	area_label: 'Nämnden totalt',
	area_std: 'total',
	area_std_label: 'Totalt',
	is_total: true,
	budget_year_tkr: -500_000,
	forecast_year_tkr: -512_345,
	deviation_forecast_tkr: -12_345,
	deviation_tkr: -12_345,
	deviation_pct: -2.5
});

export const AREAS = [
	TOTAL,
	areaRow({
		area_label: 'Äldreomsorg',
		area_std: 'aldre',
		budget_year_tkr: -300_000,
		deviation_forecast_tkr: -15_000,
		deviation_tkr: -15_000,
		deviation_pct: -5,
		rank: 1
	}),
	areaRow({
		area_label: 'Individ- och familjeomsorg',
		budget_year_tkr: -200_000,
		deviation_forecast_tkr: 2_655,
		deviation_tkr: 2_655,
		deviation_pct: 1.3,
		rank: 2
	})
];

export const REPORT: BudgetReportRow = {
	kommun: '9999',
	name: 'Testkommun',
	report_id: 'test-2024-t2',
	report_label: 'Tertialrapport 2',
	period_label: 'jan–aug 2024',
	period_start: '2024-01-01',
	period_end: '2024-08-31',
	year: 2024,
	figures: 12,
	follow_up: true,
	has_forecast: true
};

export function compareRow(over: Partial<BudgetCompareRow>): BudgetCompareRow {
	return {
		kommun: '9999',
		name: 'Testkommun',
		report_id: 'test-2024-t2',
		report_label: 'T2 2024',
		period_label: 'jan–aug 2024',
		period_months: 8,
		area_std: 'total',
		area_std_label: 'Totalt',
		areas: 'Nämnden totalt',
		deviation_tkr: -12_345,
		base_tkr: -500_000,
		deviation_pct: -2.5,
		basis: 'prognos helår',
		...over
	};
}
