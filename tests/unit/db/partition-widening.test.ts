import { describe, expect, it } from 'vitest';
import { missingPartitions, widenScopes, type Scope } from '../../../src/lib/db/partition-plan';
import { protectionScope } from '../../../src/lib/db/protection-scope';
import type { ManifestPartition } from '../../../src/lib/schema/manifest';

const part = (kommun: string, year: number): ManifestPartition =>
	({
		kommun,
		year,
		rows: 10,
		bytes: 100,
		file: `synthetic-sick_leave/kommun=${kommun}/year=${year}/data.parquet`
	}) as ManifestPartition;
const PARTS = ['0114', '0115', '0117'].flatMap((k) => [2023, 2024].map((y) => part(k, y)));
const files = (ps: ManifestPartition[]) => ps.map((p) => `${p.kommun}/${p.year}`);

describe('a new selection fetches only the partitions the tab lacks', () => {
	const first: Scope = { kommuner: ['0114'], years: null };

	it('a newly ticked kommun brings its partitions, none already loaded', () => {
		const loaded = new Set(missingPartitions(PARTS, [first], new Set()).map((p) => p.file));
		expect([...loaded].length).toBe(2);
		const scopes = widenScopes([first], { kommuner: ['0114', '0117'], years: null }, PARTS);
		expect(files(missingPartitions(PARTS, scopes, loaded))).toEqual(['0117/2023', '0117/2024']);
	});

	it('a narrower selection (a kommun unticked, a later first year) needs nothing', () => {
		const loaded = new Set(missingPartitions(PARTS, [first], new Set()).map((p) => p.file));
		for (const next of [
			{ kommuner: ['0114'], years: [2024, 9999] },
			{ kommuner: null, years: null }
		] as Scope[]) {
			expect(missingPartitions(PARTS, widenScopes([first], next, PARTS), loaded)).toEqual([]);
			// Nothing new: the selections kept stay as they were (they do not grow with every click).
			expect(widenScopes([first], next, PARTS)).toEqual([first]);
		}
	});

	it('a selection inside one already seen never looks at the partition files (thousands at scale)', () => {
		const unread = () => {
			throw new Error('partitions read');
		};
		for (const next of [
			{ kommuner: ['0114'], years: [2024, 9999] },
			{ kommuner: ['0114'], years: null }
		] as Scope[])
			expect(widenScopes([first], next, unread)).toEqual([first]);
		// A wider one does look, and adds it.
		const next: Scope = { kommuner: ['0114', '0115'], years: null };
		expect(widenScopes([first], next, () => PARTS)).toEqual([first, next]);
	});

	it('no kommun in the URL means the kommuner in the tab, never all of them', () => {
		const start: Scope = { kommuner: ['0114'], years: [2024, 2024] };
		const loaded = new Set(missingPartitions(PARTS, [start], new Set()).map((p) => p.file));
		const scopes = widenScopes([start], { kommuner: null, years: null }, PARTS);
		expect(files(missingPartitions(PARTS, scopes, loaded))).toEqual(['0114/2023']);
	});
});

describe('what a load protects anew', () => {
	it('rows added to extracts: only their kommuner; a whole extract or the measures: all; others: none', () => {
		expect(
			protectionScope([
				{ name: 'sick_leave', added: ['0114'] },
				{ name: 'staffing', added: ['0115'] }
			])
		).toEqual(['0114', '0115']);
		expect(protectionScope([{ name: 'budget', added: ['0114'] }, { name: 'municipalities' }])).toEqual([]);
		expect(protectionScope([{ name: 'sick_leave' }])).toBeNull();
		expect(protectionScope([{ name: 'sick_leave', added: ['0114'] }, { name: 'measures' }])).toBeNull();
		expect(protectionScope([{ name: 'kolada_values' }])).toEqual([]);
	});
});
