import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvObjects, parseCsv } from '../../src/lib/csv/parse';
import { readAll } from '../../scripts/lib/check-rows';
import { DATA_DIR } from '../helpers/paths';

/** Goal status comes from each document's own legend, defined once in data/goal-scales.csv. */
const scales = [...csvObjects(parseCsv(readFileSync(join(DATA_DIR, 'goal-scales.csv'), 'utf8'), ','))].map(
	(r) => r.values as Record<string, string>
);
const goals = readAll(DATA_DIR).tables.goals.map((r) => r.value as Record<string, string>);

describe('goal status scales', () => {
	it('every goal row matches exactly one printed status of its document, and carries its status', () => {
		expect(goals.length).toBeGreaterThan(20);
		for (const g of goals) {
			const hits = scales.filter((s) => s.source === g.source && g.quote!.includes(s.printed!));
			expect(hits.length, `${g.source} l. ${g.line}`).toBe(1);
			expect(g.status, `${g.source} l. ${g.line}`).toBe(hits[0]!.status);
		}
	});

	it("the same arrow never means two statuses: Timrå's up arrow is one status, whatever the words", () => {
		const timra = new Set(
			scales.filter((s) => s.source!.startsWith('timra') && s.printed!.includes('pil upp')).map((s) => s.status)
		);
		expect([...timra]).toEqual(['delvis']);
	});

	it('where a document scale differs from the others, each of its goals tells the user so (note_sv)', () => {
		for (const g of goals) {
			const scale = scales.find((s) => s.source === g.source && g.quote!.includes(s.printed!))!;
			if (scale.differs === 'true') expect(g.note_sv, `${g.source} l. ${g.line}`).toContain(scale.scale_sv);
		}
	});
});
