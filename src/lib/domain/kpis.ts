/** The measures and Kolada KPIs the views name, in one place; tests/unit/domain checks them against data/measures.csv. */

/** Personal's sick-leave measures, in the picker's order. */
export const SICK_LEAVE_MEASURES = [
	'sick_leave_total_pct',
	'sick_leave_day1_14_pct',
	'sick_leave_over59_share_pct'
] as const;
export type SickLeaveMeasure = (typeof SICK_LEAVE_MEASURES)[number];

/** Labels for Personal's picker, as data/measures.csv words them; known before DuckDB is up. */
export const SICK_LEAVE_LABEL: Record<SickLeaveMeasure, string> = {
	sick_leave_total_pct: 'Sjukfrånvaro totalt',
	sick_leave_day1_14_pct: 'Sjukfrånvaro dag 1–14',
	sick_leave_over59_share_pct: 'Andel sjukfrånvaro över 59 dagar'
};

/** The measure most committees report: the default in Personal and Jämför. */
export const DEFAULT_MEASURE = 'sick_leave_total_pct' satisfies SickLeaveMeasure;

/** Kolada's counterpart of total sick leave, beside Personal's figures. */
export const SICK_LEAVE_KOLADA_KPI = 'N00090';

/** Kolada's cost level beside Ekonomi: net cost deviation, total and elderly care. */
export const ECONOMY_KOLADA_KPIS = ['N00097', 'N20900'] as const;

/** The domains whose measures Rapport's key-indicator table lists. */
export const KEY_INDICATOR_DOMAINS = ['sick_leave', 'staffing', 'senior_alert', 'caseload'] as const;
