import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { toIpcChunks } from '../../../src/lib/import/stage-ipc';
import { COLUMNS } from '../../../src/lib/schema/columns';

/** The worker's Arrow chunks carry every value exactly, as text, in the schema's columns only. */
describe('validated rows → Arrow IPC chunks', () => {
	const rows = [
		{ kommun: '0881', unit_area: 'Åsa – hemtjänst 😀', value: 6.5, n: 24, note: '', line: 2 },
		{ kommun: '0881', unit_area: null, value: -0.25, n: undefined, note: 'a"b;c', line: 3, hostile: 'x' },
		{ kommun: '0881', unit_area: '<img src=x onerror=alert(1)>', value: 1e-7, n: 0, line: 4 }
	];
	const staged = toIpcChunks('sick_leave', rows, 2);

	it('splits into chunks of the given size and counts the rows', () => {
		expect(staged.rows).toBe(3);
		expect(staged.chunks.map((c) => tableFromIPC(c).numRows)).toEqual([2, 1]);
	});

	it('every column of the schema, as UTF-8 text; null stays null, an empty string stays empty', () => {
		const back = staged.chunks.flatMap((c) =>
			tableFromIPC(c)
				.toArray()
				.map((r) => r.toJSON())
		);
		const first = tableFromIPC(staged.chunks[0]!);
		expect(first.schema.fields.map((f) => f.name)).toEqual(Object.keys(COLUMNS.sick_leave));
		expect(first.schema.fields.every((f) => String(f.type) === 'Utf8')).toBe(true);
		expect(back.map((r) => [r.unit_area, r.value, r.n, r.note, r.line])).toEqual([
			['Åsa – hemtjänst 😀', '6.5', '24', '', '2'],
			[null, '-0.25', null, 'a"b;c', '3'],
			['<img src=x onerror=alert(1)>', '1e-7', '0', null, '4']
		]);
		expect(back.some((r) => 'hostile' in r)).toBe(false);
	});

	it('no rows, no chunks', () => {
		expect(toIpcChunks('sick_leave', [])).toEqual({ table: 'sick_leave', rows: 0, chunks: [] });
	});
});
