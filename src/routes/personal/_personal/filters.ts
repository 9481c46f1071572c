import { z } from 'zod/mini';
import { DEFAULT_MEASURE, SICK_LEAVE_MEASURES, type SickLeaveMeasure } from '$lib/domain/kpis';

/** The Personal view state as it appears in the URL (short Swedish keys), parsed with zod. */
const UrlState = z.object({
	kommun: z.catch(z.optional(z.string().check(z.regex(/^\d{4}$/))), undefined),
	matt: z.catch(z.optional(z.enum(SICK_LEAVE_MEASURES)), undefined)
});

export type PersonalState = { kommun: string | null; measure: SickLeaveMeasure };

export function stateFromUrl(params: URLSearchParams): PersonalState {
	const u = UrlState.parse(Object.fromEntries(params));
	return { kommun: u.kommun ?? null, measure: u.matt ?? DEFAULT_MEASURE };
}

/** The kommun shown: the URL's, else the first with sick-leave figures (also the data build's default, scripts/lib/first-answers.ts). */
export function chosenKommun<K extends { kommun: string }>(rows: readonly K[], state: PersonalState): K | undefined {
	return rows.find((k) => k.kommun === state.kommun) ?? rows[0];
}
