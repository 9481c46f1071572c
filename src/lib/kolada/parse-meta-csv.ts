import type { KoladaKpi, KoladaMunicipality, KoladaPeerGroup } from '../schema/kolada';
import { countyCodeOf } from './counties';
import { KoladaParseError } from './errors';
import { koladaKpiId, koladaMunicipalityId } from './ids';
import { columnIndex, readCsv } from './parse-long-csv';

const blank = (s: string | undefined): string | null => (s == null || s.trim() === '' ? null : s.trim());

/** municipalities.csv: `code,name,type,county_code,county[,region_title]`. */
export function parseMunicipalitiesCsv(text: string, file: string): KoladaMunicipality[] {
	const t = readCsv(text, file);
	const c = columnIndex(t, file, ['code', 'name', 'type'], ['county_code', 'county']);
	return t.rows.map((r, i) => {
		const bad = (col: string, what: string) => new KoladaParseError(file, t.lines[i]!, col, what);
		const kommun = koladaMunicipalityId(r[c.code]!);
		if (!kommun) throw bad('code', `"${r[c.code]}" är ingen kommun-/regionkod`);
		const name = blank(r[c.name]);
		if (!name) throw bad('name', 'namn saknas');
		const type = r[c.type]!.trim();
		if (type !== 'K' && type !== 'L') throw bad('type', `"${type}" är varken K eller L`);
		const given = c.county_code! >= 0 ? blank(r[c.county_code!]) : null;
		const county_code = given ? given.padStart(2, '0') : countyCodeOf(kommun);
		if (county_code != null && !/^\d{2}$/.test(county_code)) throw bad('county_code', `"${given}" är ingen länskod`);
		return { kommun, name, type, county_code, county: c.county! >= 0 ? blank(r[c.county!]) : null };
	});
}

/** kpis-*.csv: `id,title,description,is_divided_by_gender,operating_area,auspice,publ_period`. */
export function parseKpisCsv(text: string, file: string): KoladaKpi[] {
	const t = readCsv(text, file);
	const c = columnIndex(
		t,
		file,
		['id', 'title'],
		['description', 'is_divided_by_gender', 'operating_area', 'publ_period']
	);
	const cell = (r: string[], col: string) => (c[col]! >= 0 ? r[c[col]!]! : '');
	return t.rows.map((r, i) => {
		const bad = (col: string, what: string) => new KoladaParseError(file, t.lines[i]!, col, what);
		const kpi = koladaKpiId(r[c.id]!);
		if (!kpi) throw bad('id', `"${r[c.id]}" är inget Kolada-nyckeltal`);
		const title = blank(r[c.title]);
		if (!title) throw bad('title', 'rubrik saknas');
		const g = cell(r, 'is_divided_by_gender').trim().toLowerCase();
		if (!['true', 'false', '1', '0', ''].includes(g))
			throw bad('is_divided_by_gender', `"${g}" är varken True eller False`);
		return {
			kpi,
			title,
			description: cell(r, 'description').trim(),
			is_divided_by_gender: g === 'true' || g === '1',
			operating_area: blank(cell(r, 'operating_area')),
			publ_period: blank(cell(r, 'publ_period'))
		};
	});
}

/** municipality_groups_liknande.csv: `group_id,area,group_year,anchor_id,anchor_name,member_id,member_name`. */
export function parsePeerGroupsCsv(text: string, file: string): KoladaPeerGroup[] {
	const t = readCsv(text, file);
	const c = columnIndex(t, file, ['group_id', 'area', 'group_year', 'anchor_id', 'member_id']);
	return t.rows.map((r, i) => {
		const bad = (col: string, what: string) => new KoladaParseError(file, t.lines[i]!, col, what);
		const group_id = r[c.group_id]!.trim();
		if (!/^G\d+$/.test(group_id)) throw bad('group_id', `"${group_id}" är inget Kolada-grupp-id (G + siffror)`);
		const area = blank(r[c.area]);
		if (!area) throw bad('area', 'område saknas');
		const year = r[c.group_year]!.trim();
		if (!/^\d{4}$/.test(year)) throw bad('group_year', `"${year}" är inget årtal`);
		const anchor_kommun = koladaMunicipalityId(r[c.anchor_id]!);
		if (!anchor_kommun) throw bad('anchor_id', `"${r[c.anchor_id]}" är ingen kommunkod`);
		const member_kommun = koladaMunicipalityId(r[c.member_id]!);
		if (!member_kommun) throw bad('member_id', `"${r[c.member_id]}" är ingen kommunkod`);
		return { group_id, area, group_year: Number(year), anchor_kommun, member_kommun };
	});
}
