import { parseSwedishNumber } from '$lib/format/parse-number';

/**
 * Reading the cells of a user's file, as municipal systems and Swedish Excel write them.
 * Every parser returns null for "not readable", so the caller can name row, column and reason.
 */

/** Lower case, no accents, units in brackets dropped, single spaces: "Utfall (tkr)" → "utfall". */
export function normaliseHeader(h: string): string {
	return h
		.replace(/^\uFEFF/, '')
		.replace(/\(.*?\)|\[.*?\]/g, ' ')
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[_\-./:]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

export function parseNumber(raw: string | undefined): number | null {
	if (raw == null) return null;
	// Fast path for what exports mostly hold ("160", "12,5"); 1M-row files spend their time here.
	if (/^-?\d+(,\d+)?$/.test(raw)) return Number(raw.replace(',', '.'));
	const s = raw.trim().replace(/\s*(kr|tkr|mnkr|h|tim|timmar|st|dagar|%)$/i, '');
	return parseSwedishNumber(s);
}

const MONTHS: Record<string, number> = {
	jan: 1,
	feb: 2,
	mar: 3,
	apr: 4,
	maj: 5,
	may: 5,
	jun: 6,
	jul: 7,
	aug: 8,
	sep: 9,
	okt: 10,
	oct: 10,
	nov: 11,
	dec: 12
};

export type Month = { year: number; month: number };

/** Memoise a parser of low-cardinality cells (months, sex, age bands): a 1M-row file has few distinct values. */
function memo<T>(f: (s: string | undefined) => T): (s: string | undefined) => T {
	const cache = new Map<string | undefined, T>();
	return (s) => {
		let v = cache.get(s);
		if (v === undefined && !cache.has(s)) {
			v = f(s);
			if (cache.size < 10_000) cache.set(s, v);
		}
		return v as T;
	};
}

/** "2023-08", "202308", "2023-08-31", "aug 2023", "augusti 2023", "2023 aug", "08/2023". */
export const parseMonth = memo(parseMonthText);
function parseMonthText(raw: string | undefined): Month | null {
	if (!raw) return null;
	const s = raw.trim().toLowerCase();
	let m = /^(\d{4})(\d{2})$/.exec(s) ?? /^(\d{4})[-/.](\d{1,2})(?:[-/.]\d{1,2})?(?:[ t].*)?$/.exec(s);
	if (m) return month(Number(m[1]), Number(m[2]));
	m = /^(\d{1,2})[-/.](\d{4})$/.exec(s);
	if (m) return month(Number(m[2]), Number(m[1]));
	m = /^([a-zåäö]{3})[a-zåäö]*\.?\s*(\d{4})$/.exec(s) ?? /^(\d{4})\s*([a-zåäö]{3})[a-zåäö]*\.?$/.exec(s);
	if (m) {
		const [name, year] = /^\d/.test(m[1]!) ? [m[2]!, m[1]!] : [m[1]!, m[2]!];
		const mm = MONTHS[name];
		return mm ? month(Number(year), mm) : null;
	}
	return null;
}

function month(year: number, mm: number): Month | null {
	return year >= 1990 && year <= 2100 && mm >= 1 && mm <= 12 ? { year, month: mm } : null;
}

export const monthStart = (m: Month) => `${m.year}-${String(m.month).padStart(2, '0')}-01`;

/** ISO date from "2023-08-31", "20230831", "31/8/2023", "2023-08-31 00:00:00". */
export function parseDate(raw: string | undefined): string | null {
	if (!raw) return null;
	const s = raw.trim();
	let m = /^(\d{4})-?(\d{2})-?(\d{2})(?:[ T].*)?$/.exec(s);
	let y: number, mo: number, d: number;
	if (m) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	else if ((m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(s))) [y, mo, d] = [Number(m[3]), Number(m[2]), Number(m[1])];
	else return null;
	const date = new Date(Date.UTC(y, mo - 1, d));
	if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
	return date.toISOString().slice(0, 10);
}

/** End date of a quarter: "2024 kv 1", "kv1 2024", "2024-Q1", "Q1 2024", "2024K1", or a date. */
export function parseQuarterEnd(raw: string | undefined): string | null {
	if (!raw) return null;
	const s = raw.trim().toLowerCase();
	const m =
		/^(\d{4})\s*[-_ ]?\s*(?:kv(?:artal)?|q|k)\.?\s*([1-4])$/.exec(s) ??
		/^(?:kv(?:artal)?|q|k)\.?\s*([1-4])\s*[-_ ]?\s*(\d{4})$/.exec(s);
	if (m) {
		const [year, q] = m[1]!.length === 4 ? [Number(m[1]), Number(m[2])] : [Number(m[2]), Number(m[1])];
		return lastDay(year, q * 3);
	}
	return parseDate(raw);
}

export function lastDay(year: number, mm: number): string {
	return new Date(Date.UTC(year, mm, 0)).toISOString().slice(0, 10);
}

/** Kolada's sex codes from what HR systems write: K/M/T, kvinna/man, F/female, 1/2 as in personnummer order. */
export const parseSex = memo(parseSexText);
function parseSexText(raw: string | undefined): 'K' | 'M' | 'T' | null {
	const s = (raw ?? '').trim().toLowerCase();
	if (s === '' || ['t', 'totalt', 'alla', 'samtliga', 'total'].includes(s)) return 'T';
	if (['k', 'kvinna', 'kvinnor', 'f', 'female', 'woman', 'women', 'kv', '2'].includes(s)) return 'K';
	if (['m', 'man', 'män', 'male', 'men', '1'].includes(s)) return 'M';
	return null;
}

/** Age bands written our way: "-29", "30-49", "50-" ("29 och yngre", "30–49 år", "50+", "över 49"). */
export const parseAgeBand = memo(parseAgeBandText);
function parseAgeBandText(raw: string | undefined): string | null {
	const s = (raw ?? '').trim().toLowerCase().replace(/[–—]/g, '-');
	if (s === '' || ['alla', 'totalt', 'samtliga'].includes(s)) return null;
	const nums = [...s.matchAll(/\d+/g)].map((x) => Number(x[0]));
	if (nums.length >= 2) return `${nums[0]}-${nums[1]}`;
	if (nums.length === 1) {
		const n = nums[0]!;
		if (/yngre|under|^<|^-/.test(s)) return `-${/under|^</.test(s) ? n - 1 : n}`;
		if (/äldre|over|över|\+|-$|^>/.test(s)) return `${/över|over|^>/.test(s) ? n + 1 : n}-`;
		return String(n);
	}
	return s;
}

/** Kommunkod with its leading zero: "881" → "0881"; null when it cannot be one. */
export function parseKommun(raw: string | undefined): string | null {
	const s = (raw ?? '').trim();
	return /^\d{3,4}$/.test(s) ? s.padStart(4, '0') : null;
}

/** The row's own cells, short, for the quote of a figure (≤ 200 characters). */
export function quoteOf(cells: Record<string, string>): string {
	const text = Object.values(cells)
		.map((v) => v.trim())
		.filter((v) => v !== '')
		.join('; ');
	return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}
