import {
	Bool,
	DateDay,
	Float64,
	Int32,
	Int64,
	makeData,
	makeVector,
	List,
	Field,
	Table,
	tableToIPC,
	Utf8,
	vectorFromArray
} from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { decodeResult } from '../../../src/lib/db/decode-result';
import { fromWire, resultColumn, resultRows, type TextColumn } from '../../../src/lib/db/query-result';
import { knownRows } from '../../../src/lib/db/known-rows';

/** An answer as DuckDB's worker produces it (runPrepared: the Arrow IPC file format). */
const answer = () =>
	tableToIPC(
		new Table({
			kommun: vectorFromArray(['0114', null], new Utf8()),
			value: vectorFromArray([1.5, null], new Float64()),
			tal: vectorFromArray([3, 4], new Int32()),
			big: vectorFromArray([5n, 6n], new Int64()),
			ok: vectorFromArray([true, false], new Bool()),
			period_end: vectorFromArray([new Date('2024-08-31'), null], new DateDay()),
			years: vectorFromArray([[2023, 2024], []], new List(new Field('item', new Int32())))
		}),
		'file'
	);

describe('query answers are decoded in DuckDB’s worker into plain, clonable columns', () => {
	it('keeps every column in order, values plain (BIGINT → number, dates as epoch ms, lists as text)', () => {
		const wire = decodeResult(answer());
		expect(structuredClone(wire)).toEqual(wire);
		const r = fromWire(wire);
		expect(r.numRows).toBe(2);
		expect(r.columns.map((c) => [c.name, c.date])).toEqual([
			['kommun', false],
			['value', false],
			['tal', false],
			['big', false],
			['ok', false],
			['period_end', true],
			['years', false]
		]);
		expect(resultColumn(r, 'kommun')!.values).toEqual(['0114', null]);
		expect(resultColumn(r, 'big')!.values).toEqual([5, 6]);
		expect(resultColumn(r, 'period_end')!.values).toEqual([Date.UTC(2024, 7, 31), null]);
		expect(resultColumn(r, 'years')!.values).toEqual(['[2023,2024]', '[]']);
		expect(structuredClone(r)).toEqual(r);
		expect(resultRows(r)[0]).toEqual({
			kommun: '0114',
			value: 1.5,
			tal: 3,
			big: 5,
			ok: true,
			period_end: Date.UTC(2024, 7, 31),
			years: '[2023,2024]'
		});
	});

	it('an upload’s rows: only known columns, dates as ISO text', () => {
		expect(knownRows(fromWire(decodeResult(answer())))).toEqual([
			{ kommun: '0114', value: 1.5, period_end: '2024-08-31' },
			{ kommun: null, value: null, period_end: null }
		]);
	});

	it('text arrives once per distinct value (codes per row), exactly as stored: any script, NULLs, several batches', () => {
		// Two record batches, as DuckDB sends a longer answer: a column's codes run across both.
		const batch = (names: (string | null)[]) => new Table({ name: vectorFromArray(names, new Utf8()) });
		const first = batch(['Timrå', 'Åre', null, 'Timrå', '']);
		const second = batch(['Ängelholm – ÖVIK ”citat”', 'Timrå', '€ 3 byte', '𝄞 4 byte', 'Åre', 'ascii']);
		const ipc = tableToIPC(new Table([...first.batches, ...second.batches]), 'file');
		const wire = decodeResult(ipc);
		const column = wire.columns[0] as TextColumn;
		expect(column.codes).toBeInstanceOf(Int32Array);
		expect(column.dict).toEqual(['Timrå', 'Åre', '', 'Ängelholm – ÖVIK ”citat”', '€ 3 byte', '𝄞 4 byte', 'ascii']);
		expect(resultColumn(fromWire(wire), 'name')!.values).toEqual([
			'Timrå',
			'Åre',
			null,
			'Timrå',
			'',
			'Ängelholm – ÖVIK ”citat”',
			'Timrå',
			'€ 3 byte',
			'𝄞 4 byte',
			'Åre',
			'ascii'
		]);
	});

	it('a batch with bytes that are not UTF-8 is read value by value: each value as a decoder reads it alone', () => {
		// "ok", a stray continuation byte, "Åre": the stray byte becomes one replacement character.
		const bytes = new Uint8Array([0x6f, 0x6b, 0x80, 0xc3, 0x85, 0x72, 0x65]);
		const data = makeData({ type: new Utf8(), length: 3, valueOffsets: new Int32Array([0, 2, 3, 7]), data: bytes });
		const ipc = tableToIPC(new Table({ name: makeVector(data) }), 'file');
		expect(resultColumn(fromWire(decodeResult(ipc)), 'name')!.values).toEqual(['ok', '\ufffd', 'Åre']);
	});
});
