import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { ipc } from '../../helpers/arrow-ipc';
import { mergeIpc } from '../../../src/lib/db/merge-ipc';

describe('partitions of one table go into DuckDB as one stream', () => {
	it('streams with one schema become one, every row in order', () => {
		const merged = mergeIpc([ipc({ kommun: ['0114', '0114'], value: [1, 2] }), ipc({ kommun: ['0115'], value: [3] })]);
		expect(merged).toHaveLength(1);
		const t = tableFromIPC(merged[0]!);
		expect(t.getChild('kommun')!.toArray()).toEqual(['0114', '0114', '0115']);
		expect([...t.getChild('value')!.toArray()]).toEqual([1, 2, 3]);
	});

	it('streams that differ, or are not Arrow, are left as they are', () => {
		const a = ipc({ kommun: ['0114'], value: [1] });
		const b = ipc({ kommun: ['0115'], note: ['x'] });
		expect(mergeIpc([a, b])).toEqual([a, b]);
		const junk = new Uint8Array([1, 2, 3]);
		expect(mergeIpc([a, junk])).toEqual([a, junk]);
	});
});
