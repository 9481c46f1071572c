import { z } from 'zod';
import { int32, IsoDate, KommunCode, OptionalBool, OptionalText } from './common';

export const DOMAINS = ['budget', 'staffing', 'sick_leave', 'senior_alert', 'caseload'] as const;
export const Domain = z.enum(DOMAINS);
export type Domain = z.infer<typeof Domain>;

export const Measure = z.object({
	measure: z.string().regex(/^[a-z0-9_]+$/),
	domain: Domain,
	label_sv: z.string().min(1),
	label_en: z.string().min(1),
	unit: z.string().min(1),
	decimals: z.coerce.number().int().min(0).max(4),
	higher_is_better: OptionalBool,
	kolada_kpi: z.preprocess(
		(v) => (v === '' ? null : v),
		z
			.string()
			.regex(/^[NU]\d{5}$/)
			.nullable()
	),
	definition: z.string().min(1)
});
export type Measure = z.infer<typeof Measure>;

export const Municipality = z.object({
	kommun: KommunCode,
	name: z.string().min(1),
	lan_code: z.string().regex(/^\d{2}$/),
	lan_name: z.string().min(1)
});
export type Municipality = z.infer<typeof Municipality>;

export const Source = z.object({
	source: z.string().min(1),
	file: z.string().min(1),
	kommun: KommunCode,
	committee: z.string().min(1),
	meeting_date: IsoDate,
	title: z.string().min(1)
});
export type Source = z.infer<typeof Source>;

export const Area = z.object({
	area_std: z.string().min(1),
	label_sv: z.string().min(1),
	label_en: z.string().min(1),
	sort: int32()
});
export type Area = z.infer<typeof Area>;

export const Note = OptionalText;
