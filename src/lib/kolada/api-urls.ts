/** Kolada API v3 addresses. Pure: the fetch script and tests build the same URLs. */
export const KOLADA_BASE_URL = 'https://api.kolada.se/v3';

/** The API refuses longer comma lists in one path segment (ids, years). */
export const MAX_IDS_PER_SEGMENT = 25;
export const PER_PAGE = 5000;

export function chunk<T>(xs: readonly T[], size = MAX_IDS_PER_SEGMENT): T[][] {
	const out: T[][] = [];
	for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
	return out;
}

const trim = (base: string) => base.replace(/\/+$/, '');
const list = (ids: readonly (string | number)[]) => ids.map((id) => encodeURIComponent(String(id))).join(',');

/** Data for KPIs × years, every municipality: one URL per (≤25 KPIs) × (≤25 years) chunk. */
export function dataUrls(base: string, kpis: readonly string[], years: readonly number[]): string[] {
	return chunk(kpis).flatMap((k) =>
		chunk(years).map((y) => `${trim(base)}/data/kpi/${list(k)}/year/${list(y)}?per_page=${PER_PAGE}`)
	);
}

export function kpiUrls(base: string, kpis: readonly string[]): string[] {
	return chunk(kpis).map((k) => `${trim(base)}/kpi/${list(k)}?per_page=${PER_PAGE}`);
}

export const municipalityUrl = (base: string): string => `${trim(base)}/municipality?per_page=${PER_PAGE}`;

export const peerGroupsUrl = (base: string): string =>
	`${trim(base)}/municipality_groups?title=${encodeURIComponent('Liknande kommuner')}&per_page=${PER_PAGE}`;

/** The longest comma list in any path segment of a URL (a guard, and what the tests assert on). */
export function maxIdsPerSegment(url: string): number {
	const path = new URL(url).pathname;
	return Math.max(...path.split('/').map((seg) => (seg === '' ? 0 : decodeURIComponent(seg).split(',').length)));
}

export function yearsBetween(from: number, to: number): number[] {
	return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}
