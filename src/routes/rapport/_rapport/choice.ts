import type { MunicipalityCoverageRow, ReportRow } from '$lib/queries/overview';
import type { KpiTable } from '$lib/schema/extracts';

/**
 * The kommun and report Rapport shows: the URL's, else the first kommun with goals (then the first
 * at all) and its first report. Also what the data build answers ahead (scripts/lib/first-answers.ts).
 */
export function chosenRapport(
	kommuner: readonly MunicipalityCoverageRow[],
	reports: readonly ReportRow[],
	kommunParam: string | null,
	reportParam: string | null
): { kommun: string | null; ofKommun: ReportRow[]; report: ReportRow | undefined } {
	const kommun = kommunParam ?? kommuner.find((k) => k.goals_rows > 0)?.kommun ?? kommuner[0]?.kommun ?? null;
	const ofKommun = reports.filter((r) => r.kommun === kommun && r.is_report);
	return { kommun, ofKommun, report: ofKommun.find((r) => r.report_id === reportParam) ?? ofKommun[0] };
}

/** Rapport's two domain sections, in page order (the first holds the page's first chart). */
export const DOMAIN_SECTIONS = [
	{
		label: 'kvalitet och Senior Alert',
		table: 'senior_alert',
		exclude: undefined,
		heading: 'Kvalitet och Senior Alert',
		empty: 'Handlingarna redovisar inga Senior Alert- eller kvalitetsuppgifter för kommunen.'
	},
	{
		label: 'ärenden och volymer',
		table: 'caseload',
		exclude: 'evb',
		heading: 'Ärenden och volymer',
		empty: 'Handlingarna redovisar inga volymer för kommunen.'
	}
] as const satisfies readonly {
	label: string;
	table: KpiTable;
	exclude: string | undefined;
	heading: string;
	empty: string;
}[];
