import { z } from 'zod/mini';
import { AMOUNT_KINDS, BUDGET_LINES } from './budget-codes';
import { KommunCode, OptionalText, RequiredNumber, period, provenance } from './common';

export { AMOUNT_KINDS, BUDGET_LINES };

export const BudgetLine = z.enum(BUDGET_LINES);
export type BudgetLine = z.infer<typeof BudgetLine>;

export const AmountKind = z.enum(AMOUNT_KINDS);
export type AmountKind = z.infer<typeof AmountKind>;

export const MoneyUnit = z.enum(['kr', 'tkr', 'mnkr']);
export type MoneyUnit = z.infer<typeof MoneyUnit>;

/** One amount as the source writes it, plus the sign that brings it to the project's convention. */
export const BudgetSourceRow = z.object({
	...provenance,
	kommun: KommunCode,
	report_id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
	report_label: z.string().check(z.minLength(1)),
	...period,
	area_label: z.string().check(z.minLength(1)),
	area_std: z.string().check(z.minLength(1)),
	parent_area_label: OptionalText,
	budget_line: BudgetLine,
	amount_kind: AmountKind,
	value: RequiredNumber,
	unit: MoneyUnit,
	sign: z.coerce.number().check(z.refine((s) => s === 1 || s === -1, 'sign ska vara 1 eller -1')),
	note: OptionalText,
	note_sv: OptionalText
});
export type BudgetSourceRow = z.infer<typeof BudgetSourceRow>;

/**
 * The built extract: the source row plus amount_tkr in the sign convention (see data/README.md)
 * and the statement columns set by the data build (statements.ts).
 */
export const BudgetRow = z.extend(BudgetSourceRow, {
	amount_tkr: z.number(),
	area_key: z.string(),
	statement_group: z.string(),
	canonical: z.boolean()
});
export type BudgetRow = z.infer<typeof BudgetRow>;

const TKR_PER: Record<MoneyUnit, number> = { kr: 0.001, tkr: 1, mnkr: 1000 };

/** Convention: revenue +, costs −, net = revenue + costs, deviation + = favourable. */
export function toBudgetRow(row: BudgetSourceRow): Omit<BudgetRow, 'area_key' | 'statement_group' | 'canonical'> {
	const tkr = row.value * row.sign * TKR_PER[row.unit];
	return { ...row, amount_tkr: Math.round(tkr * 1000) / 1000 };
}
