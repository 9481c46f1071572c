// No zod here: the app's main thread needs these codes, not the row schemas (budget-row.ts).

export const BUDGET_LINES = [
	'revenue',
	'personnel',
	'other_costs',
	'costs',
	'net',
	'investment',
	'state_grant',
	'savings',
	'other'
] as const;

export const AMOUNT_KINDS = [
	'budget_year',
	'budget_period',
	'outcome_period',
	'deviation_period',
	'forecast_year',
	'deviation_forecast',
	'outcome_year',
	'deviation_year',
	'amount',
	'forecast_change'
] as const;
