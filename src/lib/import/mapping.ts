import type { ImportFormat } from './format';
import { CHOICES } from './registry';
import { detectFormat, suggestMapping as suggestByName } from './suggest';
import type { Mapping } from './validate';

const norm = (s: string) =>
	s
		.toLowerCase()
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();

/** A file's shape: its kind and its sorted column names. Next month's export has the same shape. */
export function shapeKey(kind: string, header: string[]): string {
	return `tertial:koppling:${kind}:${[...header].sort().join('\u001f')}`;
}

export type SavedMapping = { formatKey: string; mapping: Mapping; kommun?: string };

export function savedMapping(kind: string, header: string[]): SavedMapping | null {
	try {
		const raw = localStorage.getItem(shapeKey(kind, header));
		const saved = raw ? (JSON.parse(raw) as SavedMapping) : null;
		// Only columns the file still has: a stale mapping must not point at nothing.
		if (!saved || !CHOICES.some((c) => c.key === saved.formatKey)) return null;
		if (Object.values(saved.mapping).some((h) => h != null && !header.includes(h))) return null;
		return saved;
	} catch {
		return null;
	}
}

export function saveMapping(kind: string, header: string[], saved: SavedMapping): void {
	try {
		localStorage.setItem(shapeKey(kind, header), JSON.stringify(saved));
	} catch {
		// Storage full or disabled: the user is simply asked again next time.
	}
}

/** Field id → the header that names it, each header used once. Our long format wants its exact column names. */
export function suggestMapping(header: string[], format: ImportFormat): Mapping {
	if (format.id !== 'long') return suggestByName(header, format);
	const used = new Set<string>();
	const out: Mapping = {};
	for (const f of format.fields) {
		const names = new Set([f.id, ...f.synonyms].map(norm));
		const hit = header.find((h) => !used.has(h) && names.has(norm(h)));
		out[f.id] = hit ?? null;
		if (hit) used.add(hit);
	}
	return out;
}

/** The format whose required fields the header covers best (exact column names win). */
export function suggestChoice(header: string[], preferred?: string): string {
	const detected = detectFormat(header);
	if (detected && detected.id !== 'long' && !header.some((h) => h.trim().toLowerCase() === 'measure'))
		return detected.id;
	let best = preferred ?? CHOICES[0]!.key;
	let bestScore = -1;
	for (const c of CHOICES) {
		const m = suggestMapping(header, c.format);
		const required = c.format.fields.filter((f) => f.required);
		const score =
			required.filter((f) => m[f.id]).length / Math.max(1, required.length) + (c.key === preferred ? 0.01 : 0);
		if (score > bestScore) [best, bestScore] = [c.key, score];
	}
	return best;
}
