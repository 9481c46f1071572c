import { z } from 'zod/mini';
import { KommunCode, OptionalInt, OptionalText, RequiredNumber, Sex, period, preprocess, provenance } from './common';

export const ValueKind = z.enum(['actual', 'target']);
export type ValueKind = z.infer<typeof ValueKind>;

/**
 * One figure in long format. Shared by the staffing, sick_leave, senior_alert and caseload
 * extracts, so a user's monthly per-unit extract fits the same shape as the documents' figures.
 */
export const KpiRow = z.object({
	...provenance,
	kommun: KommunCode,
	...period,
	measure: z.string().check(z.regex(/^[a-z0-9_]+$/, 'mått-id: små bokstäver, siffror och _')),
	value_kind: preprocess((v) => (v === '' ? 'actual' : v), ValueKind),
	sex: preprocess((v) => (v === '' ? 'T' : v), Sex),
	age_band: OptionalText,
	unit_area: OptionalText,
	item: OptionalText,
	detail: OptionalText,
	value: RequiredNumber,
	unit: z.string().check(z.minLength(1)),
	/** Group size (employees) where known: drives small-group suppression. */
	n: OptionalInt,
	/** The reviewer's curation note (English, for the Data page and review). */
	note: OptionalText,
	/** What a user should know about the figure, in Swedish; empty where nothing helps. */
	note_sv: OptionalText
});
export type KpiRow = z.infer<typeof KpiRow>;

/** The built extract: the source row plus the statement columns set by the data build (statements.ts). */
export const KpiBuiltRow = z.extend(KpiRow, {
	unit_area_key: z.nullable(z.string()),
	statement_group: z.string(),
	canonical: z.boolean()
});
export type KpiBuiltRow = z.infer<typeof KpiBuiltRow>;
