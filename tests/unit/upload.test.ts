import { describe, expect, it } from 'vitest';
import { validateCsv } from '../../src/lib/upload/validate-rows';

const HEADER = 'kommun;period_start;period_end;period_kind;period_label;measure;sex;unit_area;value;unit;n';
const enc = (s: string) => new TextEncoder().encode(s);
/** Windows-1252 bytes for a string of Latin-1 characters (what Swedish Excel saves). */
const cp1252 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

describe('validateCsv (a user’s own extract)', () => {
	it('reads a Swedish Excel CSV: semicolons, decimal comma, Windows-1252', () => {
		const csv = `${HEADER}\r\n0881;2024-01-01;2024-01-31;month;jan 2024;sick_leave_total_pct;K;Hemtjänst Öst;6,8;%;24\r\n`;
		const r = validateCsv(cp1252(csv), 'sick_leave', 'sjuk.csv');
		expect(r.problems).toEqual([]);
		expect(r.encoding).toBe('windows-1252');
		expect(r.rows[0]).toMatchObject({
			kommun: '0881',
			value: 6.8,
			unit_area: 'Hemtjänst Öst',
			n: 24,
			source: 'Eget extrakt: sjuk.csv'
		});
	});
	it('names row and column of every bad cell and keeps no half result', () => {
		const csv = `${HEADER}\n0881;2024-01-01;2024-01-31;month;jan 2024;sick_leave_total_pct;K;;6,8;%;\n881;2024-02-01;2024-02-29;month;feb 2024;sick_leave_total_pct;X;;sex;%;\n`;
		const r = validateCsv(enc(csv), 'sick_leave', 'sjuk.csv');
		expect(r.problems.map((p) => `${p.row}:${p.column}`)).toEqual(['3:kommun', '3:sex', '3:value']);
	});
	it('reports missing columns by name', () => {
		const r = validateCsv(enc('kommun;value\n0881;1\n'), 'staffing', 'x.csv');
		expect(r.problems[0]?.message).toMatch(/kolumner saknas: period_start/);
	});
	it('reports a broken file with its row', () => {
		const r = validateCsv(enc(`${HEADER}\n"0881;2024\n`), 'staffing', 'x.csv');
		expect(r.problems[0]).toMatchObject({ row: 2 });
	});
});
