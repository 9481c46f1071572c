import { z } from 'zod/mini';
import { KommunCode, Sex } from './common';

// Split out without zod (the main thread loads them); re-exported so the rest of the schema stays one import.
export * from './kolada-tables';
export { KoladaManifest } from './manifest';

/** Kolada KPI id as Kolada writes it: N or U + five digits. */
export const KPI_ID = /^[NU]\d{5}$/;
export const KoladaKpiId = z
	.string()
	.check(z.regex(KPI_ID, 'Kolada-nyckeltal ska vara N eller U + fem siffror, t.ex. N00090'));

/** 0000 = Riket; 00LL = region/län LL; other codes are kommuner (leading zero kept). */
export const RIKET = '0000';

export const KoladaValue = z.object({
	kpi: KoladaKpiId,
	kommun: KommunCode,
	year: z.number().check(z.int(), z.gte(1900), z.lte(2100)),
	sex: Sex,
	value: z.nullable(z.number())
});
export type KoladaValue = z.infer<typeof KoladaValue>;

export const KoladaMunicipality = z.object({
	kommun: KommunCode,
	name: z.string().check(z.minLength(1)),
	/** K = kommun, L = region/landsting (Riket is listed as L too, as Kolada does). */
	type: z.enum(['K', 'L']),
	county_code: z.nullable(z.string().check(z.regex(/^\d{2}$/))),
	county: z.nullable(z.string().check(z.minLength(1)))
});
export type KoladaMunicipality = z.infer<typeof KoladaMunicipality>;

export const KoladaKpi = z.object({
	kpi: KoladaKpiId,
	title: z.string().check(z.minLength(1)),
	description: z.string(),
	is_divided_by_gender: z.boolean(),
	operating_area: z.nullable(z.string()),
	publ_period: z.nullable(z.string())
});
export type KoladaKpi = z.infer<typeof KoladaKpi>;

/** One member of one "Liknande kommuner" group: the anchor itself is not a member (as in Kolada). */
export const KoladaPeerGroup = z.object({
	group_id: z.string().check(z.regex(/^G\d+$/)),
	area: z.string().check(z.minLength(1)),
	group_year: z.number().check(z.int()),
	anchor_kommun: KommunCode,
	member_kommun: KommunCode
});
export type KoladaPeerGroup = z.infer<typeof KoladaPeerGroup>;

export type KoladaRows = {
	kolada_values: KoladaValue[];
	kolada_municipalities: KoladaMunicipality[];
	kolada_kpis: KoladaKpi[];
	kolada_peer_groups: KoladaPeerGroup[];
};
