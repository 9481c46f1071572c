import type { DuckDBValue } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProtectedFacts } from '../../src/lib/db/protect';
import { sql } from '../../src/lib/queries/sql';
import { emptyDatabase, insert, kpi } from '../helpers/fixture';
import type { NodeRunner } from '../helpers/node-runner';
import { referenceRounds } from '../helpers/protect-reference';

/**
 * The small-group rounds (src/lib/db/protect-rounds.ts) revisit only the cells hidden since each
 * statement last ran; they must hide exactly what the plain rounds (every statement over every cell,
 * tests/helpers/protect-reference.ts) hide, with the same labels and quotes. SYNTHETIC data from a
 * seeded generator (kommuner 9981–9983, never shipped): every sex, age band, unit and month, tertial
 * and year, with many small groups and unknown sizes, so cascades run over several rounds.
 */
let db: NodeRunner;
beforeAll(async () => (db = await emptyDatabase()));
afterAll(() => db?.close());

/** A small seeded generator (mulberry32): the same rows on every run. */
function random(seed: number): () => number {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const day = (m: number, end = false) =>
	end ? new Date(Date.UTC(2024, m, 0)).toISOString().slice(0, 10) : `2024-${String(m).padStart(2, '0')}-01`;
/** Eight months, two tertials around them, and the year around those. */
const PERIODS: [string, string, string][] = [
	...Array.from({ length: 8 }, (_, i) => [day(i + 1), day(i + 1, true), 'month'] as [string, string, string]),
	[day(1), day(4, true), 'tertial'],
	[day(5), day(8, true), 'tertial'],
	[day(1), day(12, true), 'year']
];

function rows(seed: number): Record<string, DuckDBValue>[] {
	const r = random(seed);
	const out: Record<string, DuckDBValue>[] = [];
	for (const kommun of ['9981', '9982', '9983'])
		for (const measure of ['sick_leave_total_pct', 'sick_leave_day1_14_pct'])
			for (const [period_start, period_end, period_kind] of PERIODS)
				for (const sex of ['T', 'K', 'M'])
					for (const age_band of [null, '-29', '30-49', '50-'])
						for (const unit_area of [null, 'Syntetisk enhet A', 'Syntetisk enhet B']) {
							if (r() < 0.15) continue;
							const x = r();
							// Mostly ordinary groups; some small, some of unknown size; ties in value now and then.
							const n = x < 0.08 ? 1 + Math.floor(r() * 10) : x < 0.13 ? null : 11 + Math.floor(r() * 50);
							const line = r() < 0.3 ? 1 + Math.floor(r() * 40) : null;
							out.push(
								kpi({
									kommun,
									measure,
									period_start,
									period_end,
									period_kind,
									period_label: `${period_kind} ${period_start}`,
									sex,
									age_band,
									unit_area,
									value: r() < 0.1 ? 5 : Math.round(r() * 1000) / 100,
									n,
									line,
									quote: line === null ? null : `rad ${line}`,
									note: line === null ? null : `not ${line}`
								})
							);
						}
	return out;
}

/** Every row of kpi_safe, as text, in one order (value, n, note, quote, flags and labels). */
async function safeRows(): Promise<string[]> {
	return (await db.all(sql`SELECT x::VARCHAR AS row FROM kpi_safe x ORDER BY 1`)).map((x) => String(x.row));
}

describe('small-group rounds that revisit only what changed', () => {
	for (const seed of [16, 1601, 42])
		it(`hide the same cells as the plain rounds (seed ${seed})`, async () => {
			await db.all(sql`DELETE FROM restricted.sick_leave`);
			await insert(db, 'sick_leave', rows(seed));
			const stats = { rounds: 0, hidden: 0 };
			await buildProtectedFacts(db, null, referenceRounds(stats));
			const reference = await safeRows();
			await buildProtectedFacts(db);
			const rounds = await safeRows();
			// A cascade worth the name: complementary cells over several rounds, by time too.
			expect(stats.rounds).toBeGreaterThanOrEqual(3);
			const [k] = await db.all(sql`SELECT count(*) FILTER (WHERE suppression = 'complementary')::INTEGER AS c,
				count(*) FILTER (WHERE suppression = 'complementary' AND period_kind <> 'month')::INTEGER AS t FROM kpi_safe`);
			expect(Number(k?.c)).toBeGreaterThan(50);
			expect(Number(k?.t)).toBeGreaterThan(5);
			expect(rounds.length).toBe(reference.length);
			expect(rounds).toEqual(reference);
		});
});
