import { fragment } from './sql';

/** The amounts of one area and line, side by side. */
export type AmountColumns = {
	budget_period_tkr: number | null;
	outcome_period_tkr: number | null;
	deviation_period_tkr: number | null;
	budget_year_tkr: number | null;
	forecast_year_tkr: number | null;
	deviation_forecast_tkr: number | null;
	outcome_year_tkr: number | null;
	deviation_year_tkr: number | null;
};
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

/**
 * Where a figure is stated twice (table and running text), the tkr figure wins over a rounded
 * mnkr one, then the earlier line: the `arg_min` key that picks it.
 */
export const PREFERRED_STATEMENT = "(unit <> 'tkr')::INTEGER * 1000000 + line";

/** Pivot amount kinds into columns, one statement each (PREFERRED_STATEMENT). */
export const PIVOT_AMOUNTS = fragment(
	AMOUNT_COLUMNS.map((c) => {
		const kind = c.replace(/_tkr$/, '');
		return `arg_min(amount_tkr, ${PREFERRED_STATEMENT}) FILTER (WHERE amount_kind = '${kind}') AS ${c}`;
	}).join(',\n')
);

/** The deviation that answers "how will the year end": forecast, else year outcome, else period. */
export const HEADLINE_DEVIATION = fragment(
	'coalesce(deviation_forecast_tkr, deviation_year_tkr, deviation_period_tkr)'
);
export const HEADLINE_BUDGET = fragment(
	'CASE WHEN deviation_forecast_tkr IS NOT NULL OR deviation_year_tkr IS NOT NULL THEN budget_year_tkr ELSE budget_period_tkr END'
);

/**
 * "% av budget" is only meaningful against a budget of some size: a deviation of 7 636 tkr on a
 * net budget of 2 200 tkr is "−347 %" and would top every ranking. Below this net budget the share
 * is not computed (flagged in the views instead of ranked). One threshold for every view.
 */
export const MIN_BUDGET_FOR_SHARE_TKR = 5000;

/** `100 × deviation / |budget|`, rounded to 0,1, or NULL where the budget is below the threshold. */
export const shareOfBudget = (deviation: string, budget: string, decimals = 1) =>
	fragment(
		`CASE WHEN abs(${budget}) >= ${MIN_BUDGET_FOR_SHARE_TKR} THEN round(100 * ${deviation} / abs(${budget}), ${decimals}) END`
	);
