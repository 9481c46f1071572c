import { SICK_LEAVE_LABEL as MEASURE_LABEL, SICK_LEAVE_MEASURES } from '$lib/domain/kpis';

export { MEASURE_LABEL };

export const SICK_LEAVE_OPTIONS = SICK_LEAVE_MEASURES.map((measure) => ({
	measure,
	label: MEASURE_LABEL[measure]
}));
