import { periodLabel } from '$lib/domain/period';
import { parseSwedishNumber } from '$lib/format/parse-number';

/** Cell helpers every format shares, so a file from any system reads the same way. */

/** "−1 234,5", "1\u00a0068", "6,8 %", "1234.5" → number; null when it is no number. */
export function cellNumber(raw: string): number | null {
	const s = raw.trim();
	if (s === '') return null;
	// A plain dot decimal with anything but exactly three digits after it is a decimal, not thousands.
	if (/^[+\-\u2212]?\d+\.\d+$/.test(s) && !/^[+\-\u2212]?\d{1,3}\.\d{3}$/.test(s))
		return Number(s.replace('\u2212', '-'));
	return parseSwedishNumber(s);
}

/** Kommunkod with or without its leading zero ("881" → "0881"); anything else is returned as written. */
export function cellKommun(raw: string): string {
	const s = raw.trim();
	return /^\d{3}$/.test(s) ? '0' + s : s;
}

const MONTHS: Record<string, number> = {
	jan: 1,
	januari: 1,
	january: 1,
	feb: 2,
	februari: 2,
	february: 2,
	mar: 3,
	mars: 3,
	march: 3,
	apr: 4,
	april: 4,
	maj: 5,
	may: 5,
	jun: 6,
	juni: 6,
	june: 6,
	jul: 7,
	juli: 7,
	july: 7,
	aug: 8,
	augusti: 8,
	august: 8,
	sep: 9,
	sept: 9,
	september: 9,
	okt: 10,
	oct: 10,
	oktober: 10,
	october: 10,
	nov: 11,
	november: 11,
	dec: 12,
	december: 12
};

export type Period = {
	period_start: string;
	period_end: string;
	period_kind: 'month' | 'quarter' | 'year';
	period_label: string;
};

/** "2023-08", "202308", "aug 2023", "augusti 2023", "2023-08-01", "2023 Q3", "2023" → a calendar period. */
export function cellPeriod(raw: string): Period | null {
	// A file has few distinct periods and many rows: each text is parsed once (the result is read, never changed).
	let hit = PERIODS.get(raw);
	if (hit === undefined) {
		if (PERIODS.size > 10_000) PERIODS.clear();
		PERIODS.set(raw, (hit = parsePeriod(raw)));
	}
	return hit;
}
const PERIODS = new Map<string, Period | null>();

function parsePeriod(raw: string): Period | null {
	const s = raw.trim().toLowerCase().replace(/\s+/g, ' ');
	let m: RegExpMatchArray | null;
	if ((m = s.match(/^(\d{4})-?(\d{2})(?:-01)?$/))) return month(+m[1]!, +m[2]!);
	if ((m = s.match(/^([a-zåäö]+)\.? (\d{4})$/)) && MONTHS[m[1]!]) return month(+m[2]!, MONTHS[m[1]!]!);
	if ((m = s.match(/^(\d{4}) ?(?:q|kv|kvartal ?)([1-4])$/))) return quarter(+m[1]!, +m[2]!);
	if ((m = s.match(/^(\d{4})$/))) return span(+m[1]!, 1, 12, 'year');
	return null;
}

function month(y: number, mo: number): Period | null {
	return mo >= 1 && mo <= 12 ? span(y, mo, mo, 'month') : null;
}
function quarter(y: number, q: number): Period | null {
	const p = span(y, q * 3 - 2, q * 3, 'quarter');
	return p && { ...p, period_label: `kv${q} ${y}` };
}
function span(y: number, from: number, to: number, kind: Period['period_kind']): Period | null {
	if (y < 1990 || y > 2100) return null;
	const last = new Date(Date.UTC(y, to, 0)).getUTCDate();
	const start = `${y}-${pad(from)}-01`;
	const end = `${y}-${pad(to)}-${pad(last)}`;
	return { period_start: start, period_end: end, period_kind: kind, period_label: periodLabel(start, end) };
}
const pad = (n: number) => String(n).padStart(2, '0');

/** ÅÅÅÅ-MM-DD that exists in the calendar (2023-02-30 does not); also accepts ÅÅÅÅMMDD and D/M/ÅÅÅÅ. */
export function cellDate(raw: string): string | null {
	const s = raw.trim();
	let m = s.match(/^(\d{4})-?(\d{2})-?(\d{2})(?:[ T].*)?$/);
	if (!m) {
		const d = s.match(/^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/);
		if (d) m = ['', d[3]!, d[2]!.padStart(2, '0'), d[1]!.padStart(2, '0')] as unknown as RegExpMatchArray;
	}
	if (!m) return null;
	const [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
	const date = new Date(Date.UTC(y, mo - 1, d));
	if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
	return `${y}-${pad(mo)}-${pad(d)}`;
}

/** "K", "kvinna", "kvinnor", "F", "women" → K; "M", "man", "män", "men" → M; "T", "totalt", "" → T. */
export function cellSex(raw: string): 'K' | 'M' | 'T' | null {
	const s = raw.trim().toLowerCase();
	if (['k', 'kvinna', 'kvinnor', 'f', 'female', 'women', 'woman'].includes(s)) return 'K';
	if (['m', 'man', 'män', 'male', 'men'].includes(s)) return 'M';
	if (['', 't', 'totalt', 'total', 'alla', 'samtliga', 'all'].includes(s)) return 'T';
	return null;
}
