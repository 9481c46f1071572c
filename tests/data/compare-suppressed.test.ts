import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareFilters } from '../helpers/compare-filters';
import { comparison, type CompareFilters } from '../../src/lib/queries/compare';
import { toRows } from '../../src/lib/queries/sql';
import { emptyDatabase, insert, kpi } from '../helpers/fixture';
import type { NodeRunner } from '../helpers/node-runner';

/**
 * Jämför says "skyddad" where a figure is suppressed: the row is there (value NULL, suppressed,
 * the reason), never the number, never silently left out. SYNTHETIC kommun 9991, never shipped.
 */
const HIDDEN_MEN = 7.4123;
const base: CompareFilters = compareFilters('sick_leave_total_pct', { kommuner: ['9991'] });
const year = (y: number) => ({ period_label: String(y), period_start: `${y}-01-01`, period_end: `${y}-12-31` });

let db: NodeRunner;
beforeAll(async () => {
	db = await emptyDatabase();
	await insert(db, 'sick_leave', [
		...[2023, 2024].flatMap((y) => [
			kpi({ kommun: '9991', measure: base.measure, sex: 'T', value: 6.1, n: 30, ...year(y) }),
			kpi({ kommun: '9991', measure: base.measure, sex: 'K', value: 5.5, n: 22, ...year(y) })
		]),
		// Men: 8 employees in 2024 (hidden), 12 in 2023 (shown).
		kpi({ kommun: '9991', measure: base.measure, sex: 'M', value: 6.9, n: 12, ...year(2023) }),
		kpi({ kommun: '9991', measure: base.measure, sex: 'M', value: HIDDEN_MEN, n: 8, ...year(2024) })
	]);
});
afterAll(() => db?.close());

const run = async (f: Partial<CompareFilters>) => toRows(await db.run(comparison({ ...base, ...f })));

describe('Jämför with a suppressed figure', () => {
	it('men 2024 (n = 8) is a row marked skyddad (primary), with no value, rank or quote', async () => {
		const rows = await run({ sex: 'M' });
		expect(rows.map((r) => [r.period_label, r.suppressed, r.suppression, r.value, r.shown, r.rank])).toEqual([
			['2023', false, null, 6.9, 6.9, 1],
			['2024', true, 'primary', null, null, null]
		]);
		expect(JSON.stringify(rows)).not.toContain('7.41');
	});

	it('women 2024 is hidden beside it (complementary), and said so', async () => {
		const rows = await run({ sex: 'K' });
		expect(rows.find((r) => r.period_label === '2024')).toMatchObject({
			suppressed: true,
			suppression: 'complementary',
			value: null
		});
	});

	it('the index keeps its base when a later figure is hidden (the series is not blanked)', async () => {
		const rows = await run({ sex: 'M', norm: 'index' });
		expect(rows.map((r) => [r.period_label, r.shown])).toEqual([
			['2023', 100],
			['2024', null]
		]);
	});
});
