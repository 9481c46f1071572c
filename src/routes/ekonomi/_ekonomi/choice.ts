import { BUDGET_LINES } from '$lib/schema/budget-codes';
import type { BudgetLine } from '$lib/schema/budget-row';
import type { BudgetReportRow } from '$lib/queries/budget-reports';

/**
 * The report Ekonomi shows: the URL's kommun and report, else the newest report that states the
 * year's deviation (the most complete follow-up), else the first. Also what the data build answers
 * ahead for the default view (scripts/lib/first-answers.ts).
 */
export function chosenReport(
	reports: readonly BudgetReportRow[],
	kommunParam: string | null,
	reportParam: string | null
): { kommun: string | null; ofKommun: BudgetReportRow[]; report: BudgetReportRow | undefined } {
	const newest = reports.filter((r) => r.has_forecast).sort((a, b) => b.period_end.localeCompare(a.period_end))[0];
	const kommun = kommunParam ?? newest?.kommun ?? reports[0]?.kommun ?? null;
	const ofKommun = reports.filter((r) => r.kommun === kommun);
	return { kommun, ofKommun, report: ofKommun.find((r) => r.report_id === reportParam) ?? ofKommun[0] };
}

/** The budget line in the URL ("rad"), net amounts when none or an unknown one. */
export const chosenLine = (param: string | null): BudgetLine =>
	(BUDGET_LINES as readonly string[]).includes(param ?? '') ? (param as BudgetLine) : 'net';
