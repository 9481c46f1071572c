import type { AmountKind, BudgetLine } from '$lib/schema/budget-row';

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
