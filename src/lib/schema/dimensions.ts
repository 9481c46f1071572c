import { z } from 'zod/mini';
import { int32, IsoDate, KommunCode, OptionalBool, OptionalText, preprocess } from './common';

export const DOMAINS = ['budget', 'staffing', 'sick_leave', 'senior_alert', 'caseload'] as const;
export const Domain = z.enum(DOMAINS);
export type Domain = z.infer<typeof Domain>;

export const Measure = z.object({
	measure: z.string().check(z.regex(/^[a-z0-9_]+$/)),
	domain: Domain,
	label_sv: z.string().check(z.minLength(1)),
	label_en: z.string().check(z.minLength(1)),
	unit: z.string().check(z.minLength(1)),
	decimals: z.coerce.number().check(z.int(), z.gte(0), z.lte(4)),
	higher_is_better: OptionalBool,
	kolada_kpi: preprocess((v) => (v === '' ? null : v), z.nullable(z.string().check(z.regex(/^[NU]\d{5}$/)))),
	definition: z.string().check(z.minLength(1))
});
export type Measure = z.infer<typeof Measure>;

export const Municipality = z.object({
	kommun: KommunCode,
	name: z.string().check(z.minLength(1)),
	lan_code: z.string().check(z.regex(/^\d{2}$/)),
	lan_name: z.string().check(z.minLength(1))
});
export type Municipality = z.infer<typeof Municipality>;

export const Source = z.object({
	source: z.string().check(z.minLength(1)),
	file: z.string().check(z.minLength(1)),
	kommun: KommunCode,
	committee: z.string().check(z.minLength(1)),
	meeting_date: IsoDate,
	title: z.string().check(z.minLength(1))
});
export type Source = z.infer<typeof Source>;

export const Area = z.object({
	area_std: z.string().check(z.minLength(1)),
	label_sv: z.string().check(z.minLength(1)),
	label_en: z.string().check(z.minLength(1)),
	sort: int32()
});
export type Area = z.infer<typeof Area>;

export const Note = OptionalText;
