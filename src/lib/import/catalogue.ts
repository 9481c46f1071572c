/** What validation checks rows against: the loaded catalogue, fetched once per import. Plain data, so it crosses to the worker. */
export type Catalogue = {
	measures: Record<string, { domain: string; unit: string; label: string }>;
	kommuner: Record<string, string>;
	areas: string[];
};

/** Columns that identify one figure: the same key twice is a duplicate, never a second figure. */
export const KEY_COLUMNS: Record<'kpi' | 'budget', string[]> = {
	kpi: [
		'kommun',
		'period_start',
		'period_end',
		'measure',
		'value_kind',
		'sex',
		'age_band',
		'unit_area',
		'item',
		'detail'
	],
	budget: ['kommun', 'report_id', 'period_start', 'period_end', 'area_label', 'budget_line', 'amount_kind']
};

export function keyColumns(table: string): string[] {
	return table === 'budget' ? KEY_COLUMNS.budget : KEY_COLUMNS.kpi;
}

export function rowKey(table: string, row: Record<string, unknown>): string {
	const cols = keyColumns(table);
	let key = '';
	for (let i = 0; i < cols.length; i++) {
		const v = row[cols[i]!];
		key += (i ? '\u001f' : '') + (v == null ? '' : String(v));
	}
	return key;
}
