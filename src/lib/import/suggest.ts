import { normaliseHeader } from './cells';
import type { FieldSpec, ImportFormat } from './format';
import { FORMATS } from './formats';

/**
 * Suggesting which column of a user's file is which field, from the header alone. Headers are
 * compared without case, accents, units in brackets or punctuation ("Utfall (tkr)" = "utfall").
 */

function candidates(f: FieldSpec): string[] {
	return [f.id, f.label, ...f.synonyms].map(normaliseHeader).filter(Boolean);
}

/** How well a header names a field: 3 = exactly, 2 = as whole words, 1 = shares a long word, 0 = not. */
function score(header: string, f: FieldSpec): number {
	const h = normaliseHeader(header);
	if (!h) return 0;
	const names = candidates(f);
	if (names.includes(h)) return 3;
	const words = (s: string) => ` ${s} `;
	if (names.some((n) => words(h).includes(words(n)) || words(n).includes(words(h)))) return 2;
	const hw = h.split(' ').filter((w) => w.length >= 5);
	if (names.some((n) => n.split(' ').some((w) => w.length >= 5 && hw.includes(w)))) return 1;
	return 0;
}

/** Field id → the header it most likely is (each header used once, best matches first), or null. */
export function suggestMapping(headers: string[], format: ImportFormat): Record<string, string | null> {
	const pairs: { field: string; header: string; s: number; order: number }[] = [];
	format.fields.forEach((f, order) => {
		for (const h of headers) {
			const s = score(h, f);
			if (s > 0) pairs.push({ field: f.id, header: h, s, order });
		}
	});
	pairs.sort((a, b) => b.s - a.s || a.order - b.order || headers.indexOf(a.header) - headers.indexOf(b.header));
	const out: Record<string, string | null> = Object.fromEntries(format.fields.map((f) => [f.id, null]));
	const used = new Set<string>();
	for (const p of pairs)
		if (out[p.field] === null && !used.has(p.header)) {
			out[p.field] = p.header;
			used.add(p.header);
		}
	return out;
}

/**
 * The format a file most likely has: every required field found, then the most fields found by
 * exact name. Null when no format has all its required fields.
 */
export function detectFormat(headers: string[]): ImportFormat | null {
	let best: { f: ImportFormat; points: number } | null = null;
	for (const f of FORMATS) {
		const m = suggestMapping(headers, f);
		if (f.fields.some((x) => x.required && m[x.id] === null)) continue;
		const points = f.fields.reduce((p, x) => p + (m[x.id] ? score(m[x.id]!, x) : 0), 0);
		if (!best || points > best.points) best = { f, points };
	}
	return best?.f ?? null;
}

/** The money unit a header states: "Utfall (tkr)" → 'tkr'; null when it states none. */
export function headerUnit(header: string): 'kr' | 'tkr' | 'mnkr' | null {
	const m = /\b(mnkr|mkr|tkr|kkr|kr|sek)\b/i.exec(header);
	if (!m) return null;
	const u = m[1]!.toLowerCase();
	return u === 'mnkr' || u === 'mkr' ? 'mnkr' : u === 'tkr' || u === 'kkr' ? 'tkr' : 'kr';
}
