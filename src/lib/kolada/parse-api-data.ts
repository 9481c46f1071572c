import type { KoladaValue } from '../schema/kolada';
import { KoladaParseError } from './errors';
import { koladaKpiId, koladaMunicipalityId, koladaSex, koladaYear } from './ids';

export type ApiPage<T> = { rows: T[]; next: string | null };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The `values` array and next-page link of any Kolada response: v3 says next_url, v2 next_page. */
export function apiEnvelope(json: unknown, file: string): { values: unknown[]; next: string | null } {
	if (!isObj(json) || !Array.isArray(json.values))
		throw new KoladaParseError(
			file,
			null,
			'values',
			'inget Kolada-svar: väntade ett JSON-objekt med en lista "values"'
		);
	const next = json.next_url ?? json.next_page ?? null;
	if (next !== null && typeof next !== 'string')
		throw new KoladaParseError(file, null, 'next_url', 'ska vara en adress eller null');
	return { values: json.values, next: next === '' ? null : next };
}

/**
 * Kolada data responses → value rows. v3: `{kpi, municipality_id, period, values: [{gender,
 * status, value, count}]}`; v2: the same with `municipality`. A null value (status "Saknas" etc.)
 * is kept as null: "no figure" is information too.
 */
export function parseApiData(json: unknown, file: string): ApiPage<KoladaValue> {
	const { values, next } = apiEnvelope(json, file);
	const rows: KoladaValue[] = [];
	values.forEach((item, i) => {
		const bad = (col: string, what: string) => new KoladaParseError(file, i + 1, col, what, 'post');
		if (!isObj(item)) throw bad('values', 'ska vara ett objekt');
		const kpi = typeof item.kpi === 'string' ? koladaKpiId(item.kpi) : null;
		if (!kpi) throw bad('kpi', `${JSON.stringify(item.kpi)} är inget Kolada-nyckeltal`);
		const rawId = item.municipality_id ?? item.municipality;
		if (rawId === undefined && 'ou' in item)
			throw bad('ou', 'data per organisatorisk enhet stöds inte, bara per kommun/region');
		const kommun = typeof rawId === 'string' ? koladaMunicipalityId(rawId) : null;
		if (!kommun) throw bad('municipality_id', `${JSON.stringify(rawId)} är ingen kommun-/regionkod`);
		const year = typeof item.period === 'number' || typeof item.period === 'string' ? koladaYear(item.period) : null;
		if (year == null) throw bad('period', `${JSON.stringify(item.period)} är inget årtal`);
		if (!Array.isArray(item.values)) throw bad('values', 'saknar listan "values" med kön och värde');
		item.values.forEach((v, j) => {
			const col = (f: string) => `values[${j}].${f}`;
			if (!isObj(v)) throw bad(col(''), 'ska vara ett objekt');
			const sex = typeof v.gender === 'string' ? koladaSex(v.gender) : null;
			if (!sex) throw bad(col('gender'), `${JSON.stringify(v.gender)} är inte T, K eller M`);
			if (v.value != null && (typeof v.value !== 'number' || !Number.isFinite(v.value)))
				throw bad(col('value'), `${JSON.stringify(v.value)} är inget tal`);
			rows.push({ kpi, kommun, year, sex, value: (v.value as number | null | undefined) ?? null });
		});
	});
	return { rows, next };
}
