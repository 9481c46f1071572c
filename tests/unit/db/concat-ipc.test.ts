import { Dictionary, Int32, Table, tableFromIPC, tableToIPC, Utf8, vectorFromArray } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { ipc } from '../../helpers/arrow-ipc';
import { concatIpc } from '../../../src/lib/db/concat-ipc';
import { mergeIpc } from '../../../src/lib/db/merge-ipc';

const rows = (bytes: Uint8Array) =>
	tableFromIPC(bytes)
		.toArray()
		.map((r) => ({ ...r.toJSON() }));

describe("one extract's partitions joined as bytes", () => {
	it('gives the rows, in order, that decoding and concatenating them gives', () => {
		const parts = [
			ipc({ kommun: ['0114', '0114'], value: [1, 2] }),
			ipc({ kommun: ['0115'], value: [3] }),
			ipc({ kommun: ['0117', '0117', '0117'], value: [4, 5, 6] })
		];
		const joined = concatIpc(parts);
		expect(joined).not.toBeNull();
		expect(rows(joined!)).toEqual(rows(mergeIpc(parts)[0]!));
		expect(rows(joined!).map((r) => r.value)).toEqual([1, 2, 3, 4, 5, 6]);
		expect(tableFromIPC(joined!).schema.fields.map((f) => `${f.name}:${f.type}`)).toEqual([
			'kommun:Utf8',
			'value:Float64'
		]);
	});

	it('keeps a partition without rows harmless', () => {
		const empty = tableToIPC(tableFromIPC(ipc({ kommun: ['x'], value: [0] })).slice(0, 0), 'stream');
		const joined = concatIpc([ipc({ kommun: ['0114'], value: [1] }), empty, ipc({ kommun: ['0115'], value: [2] })]);
		expect(rows(joined!).map((r) => r.kommun)).toEqual(['0114', '0115']);
	});

	it('refuses streams it cannot join exactly: other schemas, dictionaries, cut short, not Arrow', () => {
		const a = ipc({ kommun: ['0114'], value: [1] });
		expect(concatIpc([a, ipc({ kommun: ['0115'], note: ['x'] })])).toBeNull();
		const ints = tableToIPC(
			new Table({ kommun: vectorFromArray(['0115'], new Utf8()), value: vectorFromArray([1], new Int32()) }),
			'stream'
		);
		expect(concatIpc([a, ints])).toBeNull();
		const dict = tableToIPC(
			new Table({ kommun: vectorFromArray(['0114', '0114'], new Dictionary(new Utf8(), new Int32())) }),
			'stream'
		);
		expect(concatIpc([dict, dict])).toBeNull();
		expect(concatIpc([a, a.subarray(0, a.length - 8)])).toBeNull();
		expect(concatIpc([a, a.subarray(0, a.length - 20)])).toBeNull();
		expect(concatIpc([a, new Uint8Array([1, 2, 3])])).toBeNull();
		expect(concatIpc([a, new Uint8Array(0)])).toBeNull();
		expect(concatIpc([])).toBeNull();
	});
});
