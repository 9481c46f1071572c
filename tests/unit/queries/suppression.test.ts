import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql, toRows } from '../../../src/lib/queries/sql';
import { isSmallGroup, SMALL_GROUP_MAX } from '../../../src/lib/queries/suppression';
import { clear, emptyDatabase, insert, kpi } from '../../helpers/fixture';
import type { NodeRunner } from '../../helpers/node-runner';

type Out = {
	sex: string;
	age_band: string | null;
	unit_area: string | null;
	value: number | null;
	suppression: string | null;
};
let db: NodeRunner;
const year = {
	kommun: '0001',
	measure: 'sick_leave_total_pct',
	period_start: '2023-01-01',
	period_end: '2023-12-31',
	period_label: '2023'
};
const cell = (sex: string, n: number | null, value: number, more: Record<string, string> = {}) =>
	kpi({ ...year, sex, n, value, ...more });

async function protect(): Promise<Out[]> {
	const q = sql`SELECT sex, age_band, unit_area, value, suppression FROM sick_leave_safe ORDER BY unit_area NULLS FIRST, age_band NULLS FIRST, sex`;
	return toRows(
		await db.run({ purpose: 'test', sql: q, columns: ['sex', 'age_band', 'unit_area', 'value', 'suppression'] })
	);
}
const key = (r: Out) => [r.sex, r.age_band ?? '', r.unit_area ?? ''].join('/');
const hidden = (rows: Out[]) => rows.filter((r) => r.suppression).map((r) => `${key(r)}:${r.suppression}`);

beforeAll(async () => (db = await emptyDatabase()));
beforeEach(async () => clear(db, 'sick_leave'));
afterAll(() => db.close());

describe('small-group suppression (primary rule)', () => {
	it('isSmallGroup: n ≤ 10 is small, 11 is not, unknown n is shown as published', () => {
		expect(SMALL_GROUP_MAX).toBe(10);
		expect([0, 10, 11, null, undefined].map(isSmallGroup)).toEqual([true, true, false, false, false]);
	});
	it('hides a cell with n ≤ 10, keeps n = 11 and unknown n', async () => {
		await insert(db, 'sick_leave', [
			cell('T', 10, 5, { unit_area: 'C' }),
			cell('T', 11, 6, { unit_area: 'A' }),
			cell('T', null, 7, { unit_area: 'B' })
		]);
		const rows = await protect();
		expect(rows.map((r) => [key(r), r.value, r.suppression])).toEqual([
			['T//A', 6, null],
			['T//B', 7, null],
			['T//C', null, 'primary']
		]);
	});
	it('a committee of 9 is hidden, and so is every part of it whose size is not stated', async () => {
		await insert(db, 'sick_leave', [
			cell('T', 9, 5),
			cell('K', null, 6),
			cell('M', null, 4),
			cell('T', null, 7, { unit_area: 'A' })
		]);
		expect(hidden(await protect())).toEqual(['K//:primary', 'M//:primary', 'T//:primary', 'T//A:primary']);
	});
});

describe('complementary suppression', () => {
	it('K suppressed under a shown T: the smallest other member (M) is hidden too', async () => {
		await insert(db, 'sick_leave', [cell('T', 30, 6), cell('K', 8, 9), cell('M', 22, 5)]);
		expect(hidden(await protect())).toEqual(['K//:primary', 'M//:complementary']);
		expect((await protect()).find((r) => r.sex === 'T')!.value).toBe(6);
	});
	it('hides the smallest remaining age band, not any other', async () => {
		await insert(db, 'sick_leave', [
			cell('T', 40, 6),
			cell('T', 5, 9, { age_band: '-29' }),
			cell('T', 20, 5, { age_band: '30-49' }),
			cell('T', 15, 4, { age_band: '50-' })
		]);
		expect(hidden(await protect())).toEqual(['T/-29/:primary', 'T/50-/:complementary']);
	});
	it('adds nothing when two members are already hidden, or when no total is shown', async () => {
		await insert(db, 'sick_leave', [cell('T', 30, 6), cell('K', 8, 9), cell('M', 9, 5)]);
		expect(hidden(await protect())).toEqual(['K//:primary', 'M//:primary']);
		await clear(db, 'sick_leave');
		await insert(db, 'sick_leave', [cell('K', 8, 9), cell('M', 22, 5)]);
		expect(hidden(await protect())).toEqual(['K//:primary']);
	});
	it('a primary total does not trigger complements (nothing to recompute from)', async () => {
		await insert(db, 'sick_leave', [
			cell('T', 9, 6, { unit_area: 'A' }),
			cell('K', 3, 9, { unit_area: 'A' }),
			cell('T', 50, 6)
		]);
		// T/A is primary; under the whole committee, unit A is the only unit so there is nothing else to hide.
		expect(hidden(await protect())).toEqual(['K//A:primary', 'T//A:primary']);
	});
	it('cascades across sex × age until no set has a lone hidden member', async () => {
		const a = (b: string) => ({ age_band: b });
		await insert(db, 'sick_leave', [
			cell('T', 100, 6),
			cell('K', 70, 6),
			cell('M', 30, 6),
			cell('T', 24, 6, a('b1')),
			cell('K', 20, 6, a('b1')),
			cell('M', 4, 6, a('b1')),
			cell('T', 76, 6, a('b2')),
			cell('K', 50, 6, a('b2')),
			cell('M', 26, 6, a('b2'))
		]);
		expect(hidden(await protect())).toEqual([
			'K/b1/:complementary',
			'M/b1/:primary',
			'K/b2/:complementary',
			'M/b2/:complementary'
		]);
	});
});
