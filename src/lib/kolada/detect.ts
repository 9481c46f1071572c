/** What a Kolada file holds, from its CSV header or JSON shape (not its name, which users change). */
export type KoladaFileKind =
	| 'values-long'
	| 'values-gender'
	| 'municipalities'
	| 'kpis'
	| 'peer-groups'
	| 'api-data'
	| 'api-municipalities'
	| 'api-kpis'
	| 'api-groups';

export function detectCsv(header: readonly string[]): KoladaFileKind | null {
	const has = (...cols: string[]) => cols.every((c) => header.includes(c));
	if (has('kpi', 'municipality_id', 'year', 'value')) return 'values-long';
	if (has('geo', 'gender', 'year') && header.some((h) => /^[nu]\d{5}$/i.test(h))) return 'values-gender';
	if (has('group_id', 'anchor_id', 'member_id')) return 'peer-groups';
	if (has('code', 'name', 'type')) return 'municipalities';
	if (has('id', 'title', 'is_divided_by_gender')) return 'kpis';
	return null;
}

/** The first record of `values` decides; an empty response is data with no rows. */
export function detectJson(json: unknown): KoladaFileKind | null {
	if (typeof json !== 'object' || json === null || !('values' in json) || !Array.isArray(json.values)) return null;
	const first: unknown = json.values[0];
	if (first === undefined) return 'api-data';
	if (typeof first !== 'object' || first === null) return null;
	const has = (k: string) => k in first;
	if (has('period') && has('kpi')) return 'api-data';
	if (has('members')) return 'api-groups';
	if (has('operating_area') || has('is_divided_by_gender')) return 'api-kpis';
	if (has('type') && has('title')) return 'api-municipalities';
	return null;
}
