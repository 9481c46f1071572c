import type { AmountKind, BudgetLine } from '$lib/schema/budget-row';

/** The budget lines a follow-up states (budget, outcome, forecast): what makes a report a budget follow-up. */
export const FOLLOW_UP_LINES = [
	'net',
	'revenue',
	'personnel',
	'other_costs',
	'costs'
] as const satisfies readonly BudgetLine[];
/** The same list as the SQL in query modules writes it (tests/unit/domain checks that they agree). */
export const FOLLOW_UP_LINES_SQL = `budget_line IN ('revenue', 'personnel', 'other_costs', 'costs', 'net')`;

/** One column per amount kind of a follow-up, in reading order (period first, then year). */
export const AMOUNT_COLUMNS = [
	'budget_period_tkr',
	'outcome_period_tkr',
	'deviation_period_tkr',
	'budget_year_tkr',
	'forecast_year_tkr',
	'deviation_forecast_tkr',
	'outcome_year_tkr',
	'deviation_year_tkr'
] as const;
export type AmountColumn = (typeof AMOUNT_COLUMNS)[number];

export const amountKindOf = (column: AmountColumn): AmountKind => column.replace(/_tkr$/, '') as AmountKind;
export const isDeviation = (column: AmountColumn): boolean => column.startsWith('deviation');

export const BUDGET_LINE_LABEL: Record<BudgetLine, string> = {
	net: 'Netto (resultat)',
	revenue: 'Intäkter',
	personnel: 'Personalkostnader',
	other_costs: 'Övriga kostnader',
	costs: 'Kostnader',
	investment: 'Investeringar',
	state_grant: 'Statsbidrag',
	savings: 'Effektiviseringar',
	other: 'Övrigt'
};

export const AMOUNT_KIND_LABEL: Record<AmountKind, string> = {
	budget_year: 'Budget helår',
	budget_period: 'Budget period',
	outcome_period: 'Utfall period',
	deviation_period: 'Avvikelse period',
	forecast_year: 'Prognos helår',
	deviation_forecast: 'Prognosavvikelse helår',
	outcome_year: 'Utfall helår',
	deviation_year: 'Avvikelse helår',
	amount: 'Belopp',
	forecast_change: 'Prognosförändring'
};
