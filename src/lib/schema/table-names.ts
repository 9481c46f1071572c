// No zod here: the app's main thread needs the table names, not the row schemas (extracts.ts).

/** The tables the dashboard loads: name = Parquet file under static/data = DuckDB table. */
export const TABLE_NAMES = [
	'budget',
	'staffing',
	'sick_leave',
	'senior_alert',
	'caseload',
	'goals',
	'measures',
	'municipalities',
	'sources',
	'areas'
] as const;
export type TableName = (typeof TABLE_NAMES)[number];
export const KPI_TABLES = ['staffing', 'sick_leave', 'senior_alert', 'caseload'] as const;
export type KpiTable = (typeof KPI_TABLES)[number];
