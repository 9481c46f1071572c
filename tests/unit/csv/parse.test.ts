import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/lib/csv/decode';
import { csvObjects, CsvError, detectDelimiter, parseCsv } from '../../../src/lib/csv/parse';

describe('parseCsv', () => {
	it('reads RFC 4180 quoting, doubled quotes and CRLF', () => {
		const t = parseCsv('a,b\r\n"x, y","he said ""hi"""\r\n1,2\r\n');
		expect(t.header).toEqual(['a', 'b']);
		expect(t.rows).toEqual([
			['x, y', 'he said "hi"'],
			['1', '2']
		]);
	});
	it('detects the Swedish semicolon', () => {
		expect(detectDelimiter('kommun;år;värde')).toBe(';');
		expect(parseCsv('kommun;värde\n0881;6,8\n').rows).toEqual([['0881', '6,8']]);
	});
	it('strips a BOM', () => expect(parseCsv('\ufeffa,b\n1,2').header).toEqual(['a', 'b']));
	it('keeps newlines inside quotes and reports the record start row', () => {
		const t = parseCsv('a,b\n"multi\nline",1\n2,3\n');
		expect(csvObjects(t).map((r) => r.row)).toEqual([2, 4]);
	});
	it('names the row whose field count is wrong', () => {
		try {
			parseCsv('a,b\n1,2\n3\n');
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(CsvError);
			expect((e as CsvError).row).toBe(3);
			expect((e as CsvError).message).toContain('1 fält');
		}
	});
	it('rejects an unterminated quote', () => expect(() => parseCsv('a\n"open\n')).toThrow(/stängs aldrig/));
	it('rejects an empty file', () => expect(() => parseCsv('')).toThrow(/tom/));
});

describe('decodeText', () => {
	it('keeps valid UTF-8', () =>
		expect(decodeText(new TextEncoder().encode('Timrå'))).toEqual({ text: 'Timrå', encoding: 'utf-8' }));
	it('falls back to Windows-1252 (Swedish Excel)', () => {
		const bytes = new Uint8Array([0x54, 0x69, 0x6d, 0x72, 0xe5]); // "Timrå" in cp1252
		expect(decodeText(bytes)).toEqual({ text: 'Timrå', encoding: 'windows-1252' });
	});
});
