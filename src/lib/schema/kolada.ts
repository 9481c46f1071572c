import { z } from 'zod';
import { KommunCode, Sex } from './common';

/** Kolada KPI id as Kolada writes it: N or U + five digits. */
export const KPI_ID = /^[NU]\d{5}$/;
export const KoladaKpiId = z.string().regex(KPI_ID, 'Kolada-nyckeltal ska vara N eller U + fem siffror, t.ex. N00090');

/** 0000 = Riket; 00LL = region/län LL; other codes are kommuner (leading zero kept). */
export const RIKET = '0000';

export const KoladaValue = z.object({
	kpi: KoladaKpiId,
	kommun: KommunCode,
	year: z.number().int().min(1900).max(2100),
	sex: Sex,
	value: z.number().finite().nullable()
});
export type KoladaValue = z.infer<typeof KoladaValue>;

export const KoladaMunicipality = z.object({
	kommun: KommunCode,
	name: z.string().min(1),
	/** K = kommun, L = region/landsting (Riket is listed as L too, as Kolada does). */
	type: z.enum(['K', 'L']),
	county_code: z
		.string()
		.regex(/^\d{2}$/)
		.nullable(),
	county: z.string().min(1).nullable()
});
export type KoladaMunicipality = z.infer<typeof KoladaMunicipality>;

export const KoladaKpi = z.object({
	kpi: KoladaKpiId,
	title: z.string().min(1),
	description: z.string(),
	is_divided_by_gender: z.boolean(),
	operating_area: z.string().nullable(),
	publ_period: z.string().nullable()
});
export type KoladaKpi = z.infer<typeof KoladaKpi>;

/** One member of one "Liknande kommuner" group: the anchor itself is not a member (as in Kolada). */
export const KoladaPeerGroup = z.object({
	group_id: z.string().regex(/^G\d+$/),
	area: z.string().min(1),
	group_year: z.number().int(),
	anchor_kommun: KommunCode,
	member_kommun: KommunCode
});
export type KoladaPeerGroup = z.infer<typeof KoladaPeerGroup>;

/** The Parquet tables (file name = DuckDB table name), their column types in order, and sort keys. */
export const KOLADA_COLUMNS = {
	kolada_values: { kpi: 'VARCHAR', kommun: 'VARCHAR', year: 'INTEGER', sex: 'VARCHAR', value: 'DOUBLE' },
	kolada_municipalities: {
		kommun: 'VARCHAR',
		name: 'VARCHAR',
		type: 'VARCHAR',
		county_code: 'VARCHAR',
		county: 'VARCHAR'
	},
	kolada_kpis: {
		kpi: 'VARCHAR',
		title: 'VARCHAR',
		description: 'VARCHAR',
		is_divided_by_gender: 'BOOLEAN',
		operating_area: 'VARCHAR',
		publ_period: 'VARCHAR'
	},
	kolada_peer_groups: {
		group_id: 'VARCHAR',
		area: 'VARCHAR',
		group_year: 'INTEGER',
		anchor_kommun: 'VARCHAR',
		member_kommun: 'VARCHAR'
	}
} as const satisfies Record<string, Record<string, 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN'>>;

export type KoladaTable = keyof typeof KOLADA_COLUMNS;
export const KOLADA_TABLES = Object.keys(KOLADA_COLUMNS) as KoladaTable[];

export const KOLADA_SORT: Record<KoladaTable, readonly string[]> = {
	kolada_values: ['kpi', 'kommun', 'year', 'sex'],
	kolada_municipalities: ['kommun'],
	kolada_kpis: ['kpi'],
	kolada_peer_groups: ['area', 'anchor_kommun', 'group_year', 'member_kommun']
};

export type KoladaRows = {
	kolada_values: KoladaValue[];
	kolada_municipalities: KoladaMunicipality[];
	kolada_kpis: KoladaKpi[];
	kolada_peer_groups: KoladaPeerGroup[];
};

/** static/data/kolada/manifest.json. `tables` has the shape of the app's Manifest so the two can merge. */
export const KoladaManifest = z.object({
	generated_from: z.string(),
	version: z.string(),
	attribution: z.literal('Källa: Kolada (RKA)'),
	vintage: z.object({
		/** When the data were fetched (API) or imported (files), ISO date. */
		fetched: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD'),
		first_year: z.number().int().nullable(),
		last_year: z.number().int().nullable(),
		source: z.enum(['api', 'files'])
	}),
	/** Data-quality remarks found on import (e.g. values rounded in the source file), shown with the figures. */
	notes: z.array(z.string()),
	tables: z.record(z.string(), z.object({ file: z.string(), rows: z.number().int(), sha256: z.string() }))
});
export type KoladaManifest = z.infer<typeof KoladaManifest>;
