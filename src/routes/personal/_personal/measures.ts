import type { SickLeaveMeasure } from '$lib/queries/sick-leave';

/** Labels for the measure picker, as in data/measures.csv; known before DuckDB is up. */
export const MEASURE_LABEL: Record<SickLeaveMeasure, string> = {
	sick_leave_total_pct: 'Sjukfrånvaro totalt',
	sick_leave_day1_14_pct: 'Sjukfrånvaro dag 1–14',
	sick_leave_over59_share_pct: 'Andel sjukfrånvaro över 59 dagar'
};

export const SICK_LEAVE_OPTIONS = (Object.keys(MEASURE_LABEL) as SickLeaveMeasure[]).map((measure) => ({
	measure,
	label: MEASURE_LABEL[measure]
}));
