// No zod here: the app's main thread needs these names and column types, not the row schemas.

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
