import { z } from 'zod/mini';
import { AMOUNT_COLUMNS, amountKindOf, type AmountColumn } from '$lib/domain/budget';
import { fragment } from './sql';

export { AMOUNT_COLUMNS };

/** The amounts of one area and line, side by side (tkr, sign convention; null = not stated). */
export const AmountColumns = z.object(
	Object.fromEntries(AMOUNT_COLUMNS.map((c) => [c, z.nullable(z.number())])) as Record<
		AmountColumn,
		z.ZodMiniNullable<z.ZodMiniNumber>
	>
);
export type AmountColumns = z.infer<typeof AmountColumns>;

/**
 * Where a figure is stated twice (table and running text), the canonical statement is read: the
 * data build sets `canonical` by one rule for every extract (src/lib/schema/statements.ts: table
 * over text, tkr over a rounded mnkr, then the earlier line). The `arg_min` key that picks it.
 */
export const PREFERRED_STATEMENT = '(NOT canonical)::INTEGER * 1000000 + line';

/** Pivot amount kinds into columns, the canonical statement of each (PREFERRED_STATEMENT). */
export const PIVOT_AMOUNTS = fragment(
	AMOUNT_COLUMNS.map((c) => {
		const kind = amountKindOf(c);
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
