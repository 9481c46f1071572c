import type { KoladaKpi, KoladaMunicipality, KoladaPeerGroup } from '../schema/kolada';
import { COUNTIES, countyCodeOf } from './counties';
import { KoladaParseError } from './errors';
import { koladaKpiId, koladaMunicipalityId } from './ids';
import { apiEnvelope, type ApiPage } from './parse-api-data';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | null =>
	typeof v === 'string' && v.trim() !== '' ? v.trim() : typeof v === 'number' ? String(v) : null;

function items(json: unknown, file: string): { values: Obj[]; next: string | null } {
	const { values, next } = apiEnvelope(json, file);
	values.forEach((v, i) => {
		if (!isObj(v)) throw new KoladaParseError(file, i + 1, null, 'ska vara ett objekt', 'post');
	});
	return { values: values as Obj[], next };
}

/** GET /v3/municipality: `{id, title, type}`; län from the code (the API does not send it). */
export function parseApiMunicipalities(json: unknown, file: string): ApiPage<KoladaMunicipality> {
	const { values, next } = items(json, file);
	const rows = values.map((v, i): KoladaMunicipality => {
		const bad = (col: string, what: string) => new KoladaParseError(file, i + 1, col, what, 'post');
		const kommun = typeof v.id === 'string' ? koladaMunicipalityId(v.id) : null;
		if (!kommun) throw bad('id', `${JSON.stringify(v.id)} är ingen kommun-/regionkod`);
		const name = text(v.title);
		if (!name) throw bad('title', 'namn saknas');
		if (v.type !== 'K' && v.type !== 'L') throw bad('type', `${JSON.stringify(v.type)} är varken K eller L`);
		const county_code = countyCodeOf(kommun);
		return { kommun, name, type: v.type, county_code, county: county_code ? COUNTIES[county_code]! : null };
	});
	return { rows, next };
}

/** GET /v3/kpi/<ids>. `is_divided_by_gender` arrives as a boolean or 0/1. */
export function parseApiKpis(json: unknown, file: string): ApiPage<KoladaKpi> {
	const { values, next } = items(json, file);
	const rows = values.map((v, i): KoladaKpi => {
		const bad = (col: string, what: string) => new KoladaParseError(file, i + 1, col, what, 'post');
		const kpi = typeof v.id === 'string' ? koladaKpiId(v.id) : null;
		if (!kpi) throw bad('id', `${JSON.stringify(v.id)} är inget Kolada-nyckeltal`);
		const title = text(v.title);
		if (!title) throw bad('title', 'rubrik saknas');
		const g = v.is_divided_by_gender;
		if (g != null && typeof g !== 'boolean' && g !== 0 && g !== 1)
			throw bad('is_divided_by_gender', `${JSON.stringify(g)} är inget sant/falskt`);
		return {
			kpi,
			title,
			description: text(v.description) ?? '',
			is_divided_by_gender: g === true || g === 1,
			operating_area: text(v.operating_area),
			publ_period: text(v.publ_period)
		};
	});
	return { rows, next };
}

/** "Liknande kommuner äldreomsorg, Arboga, 2024" and "Liknande kommuner, övergripande, Höör, 2025". */
const LIKNANDE = /^Liknande kommuner,?\s+(.+?),\s+(.+),\s+(\d{4})$/;

export function parsePeerGroupTitle(title: string): { area: string; anchorName: string; year: number } | null {
	const m = LIKNANDE.exec(title.trim());
	return m ? { area: m[1]!.trim(), anchorName: m[2]!.trim(), year: Number(m[3]) } : null;
}

/**
 * GET /v3/municipality_groups?title=Liknande kommuner: `{id, title, members: [{id, title}]}`.
 * The anchor kommun is named only in the title, so it is looked up by name; groups that are not
 * "Liknande kommuner" groups are skipped and listed, not guessed at.
 */
export function parseApiPeerGroups(
	json: unknown,
	file: string,
	municipalities: readonly KoladaMunicipality[]
): ApiPage<KoladaPeerGroup> & { skipped: string[] } {
	const { values, next } = items(json, file);
	const byName = new Map(municipalities.filter((m) => m.type === 'K').map((m) => [m.name, m.kommun]));
	const rows: KoladaPeerGroup[] = [];
	const skipped: string[] = [];
	values.forEach((v, i) => {
		const bad = (col: string, what: string) => new KoladaParseError(file, i + 1, col, what, 'post');
		const group_id = text(v.id);
		if (!group_id || !/^G\d+$/.test(group_id)) throw bad('id', `${JSON.stringify(v.id)} är inget grupp-id`);
		const parsed = parsePeerGroupTitle(text(v.title) ?? '');
		const anchor = parsed ? byName.get(parsed.anchorName) : undefined;
		if (!parsed || !anchor) return void skipped.push(`${group_id} ${JSON.stringify(v.title)}`);
		if (!Array.isArray(v.members)) throw bad('members', 'saknar medlemslistan');
		v.members.forEach((m, j) => {
			const member = isObj(m) && typeof m.id === 'string' ? koladaMunicipalityId(m.id) : null;
			if (!member) throw bad(`members[${j}].id`, `${JSON.stringify(isObj(m) ? m.id : m)} är ingen kommunkod`);
			rows.push({ group_id, area: parsed.area, group_year: parsed.year, anchor_kommun: anchor, member_kommun: member });
		});
	});
	return { rows, next, skipped };
}
