import type { TableName } from './table-names';

/** DuckDB column types per table, in Parquet column order. A unit test keeps them equal to the zod keys. */
const PROVENANCE = { source: 'VARCHAR', line: 'INTEGER', quote: 'VARCHAR' } as const;
const PERIOD = { period_start: 'DATE', period_end: 'DATE', period_kind: 'VARCHAR', period_label: 'VARCHAR' } as const;
const KPI = {
	kommun: 'VARCHAR',
	...PERIOD,
	measure: 'VARCHAR',
	value_kind: 'VARCHAR',
	sex: 'VARCHAR',
	age_band: 'VARCHAR',
	unit_area: 'VARCHAR',
	item: 'VARCHAR',
	detail: 'VARCHAR',
	value: 'DOUBLE',
	unit: 'VARCHAR',
	n: 'INTEGER',
	note: 'VARCHAR',
	note_sv: 'VARCHAR',
	unit_area_key: 'VARCHAR',
	statement_group: 'VARCHAR',
	canonical: 'BOOLEAN',
	...PROVENANCE
} as const;

/**
 * The protected facts as a data build serves them (the rows of `kpi_safe`, scripts/lib/served-safe.ts):
 * the extract each row came from, its figures as protected (value and n NULL when hidden), and why.
 */
export const SERVED_SAFE_COLUMNS: Record<string, string> = {
	extract: 'VARCHAR',
	...KPI,
	suppressed: 'BOOLEAN',
	suppression: 'VARCHAR'
};

export const COLUMNS: Record<TableName, Record<string, string>> = {
	budget: {
		kommun: 'VARCHAR',
		report_id: 'VARCHAR',
		report_label: 'VARCHAR',
		...PERIOD,
		area_label: 'VARCHAR',
		area_std: 'VARCHAR',
		parent_area_label: 'VARCHAR',
		budget_line: 'VARCHAR',
		amount_kind: 'VARCHAR',
		value: 'DOUBLE',
		unit: 'VARCHAR',
		sign: 'INTEGER',
		amount_tkr: 'DOUBLE',
		note: 'VARCHAR',
		note_sv: 'VARCHAR',
		area_key: 'VARCHAR',
		statement_group: 'VARCHAR',
		canonical: 'BOOLEAN',
		...PROVENANCE
	},
	staffing: KPI,
	sick_leave: KPI,
	senior_alert: KPI,
	caseload: KPI,
	goals: {
		kommun: 'VARCHAR',
		report_id: 'VARCHAR',
		report_label: 'VARCHAR',
		goal_group: 'VARCHAR',
		goal: 'VARCHAR',
		status: 'VARCHAR',
		note: 'VARCHAR',
		note_sv: 'VARCHAR',
		statement_group: 'VARCHAR',
		canonical: 'BOOLEAN',
		...PROVENANCE
	},
	measures: {
		measure: 'VARCHAR',
		domain: 'VARCHAR',
		label_sv: 'VARCHAR',
		label_en: 'VARCHAR',
		unit: 'VARCHAR',
		decimals: 'INTEGER',
		higher_is_better: 'BOOLEAN',
		kolada_kpi: 'VARCHAR',
		definition: 'VARCHAR'
	},
	municipalities: { kommun: 'VARCHAR', name: 'VARCHAR', lan_code: 'VARCHAR', lan_name: 'VARCHAR' },
	sources: {
		source: 'VARCHAR',
		file: 'VARCHAR',
		kommun: 'VARCHAR',
		committee: 'VARCHAR',
		meeting_date: 'DATE',
		title: 'VARCHAR'
	},
	areas: { area_std: 'VARCHAR', label_sv: 'VARCHAR', label_en: 'VARCHAR', sort: 'INTEGER' }
};

/** Sort keys: by kommun and period where the table has them, so row groups prune well. */
export function sortKeys(table: TableName): string[] {
	const cols = Object.keys(COLUMNS[table]);
	const preferred = [
		'kommun',
		'report_id',
		'period_start',
		'period_end',
		'measure',
		'area_std',
		'line',
		'sort',
		'measure',
		'source'
	];
	return [...new Set(preferred.filter((c) => cols.includes(c)))];
}
