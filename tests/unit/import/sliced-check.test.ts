import { describe, expect, it } from 'vitest';
import type { CheckedRows } from '../../../src/lib/import/check-rows';
import { parseCsvRecords } from '../../../src/lib/import/read/csv-records';
import { formatByKey } from '../../../src/lib/import/registry';
import { suggestMapping } from '../../../src/lib/import/mapping';
import { validate, validateInSlices } from '../../../src/lib/import/validate';
import type { RawTable } from '../../../src/lib/import/read/raw-table';
import { nodeCatalogue } from '../../helpers/import-node';

/** Checking a file in slices must say exactly what checking it whole says (synthetic rows). */
const CSV = [
	'kommun;period;measure;sex;age_band;unit_area;value;n',
	'0881;2024-01;sick_leave_total_pct;K;-29;Norr;6,5;24',
	'0881;2024-01;sick_leave_total_pct;M;-29;Norr;4,5;12',
	'0881;2024-02;sick_leave_total_pct;K;-29;Norr;x;24',
	'0881;2024-01;sick_leave_total_pct;K;-29;Norr;7,0;24',
	'0881;2024-13;sick_leave_total_pct;K;-29;Norr;6,5;24',
	'0881;2024-02;staff_headcount;K;-29;Norr;6,5;24',
	'9999;2024-02;sick_leave_total_pct;K;-29;Norr;6,5;24',
	'0881;2024-02;sick_leave_total_pct;K;30-49;"Söder; ""väst""";5,25;30',
	';;;;;;;',
	'0881;2024-03;sick_leave_total_pct;K;-29;Norr;6,5;24;extra',
	'0881;2024-01;sick_leave_total_pct;M;-29;Norr;4,5;12'
].join('\r\n');

describe('a file checked in slices', () => {
	it('gives the same rows, problems (file order), summary, kommuner and periods as checked whole', async () => {
		const raw = parseCsvRecords(CSV) as RawTable;
		const format = formatByKey('long:sick_leave')!;
		const mapping = suggestMapping(raw.header, format);
		const whole = await validate(raw, 'x.csv', format, mapping, nodeCatalogue());
		for (const size of [1, 2, 3, 50_000]) {
			const rows: CheckedRows[] = [];
			const sliced = await validateInSlices(raw, 'x.csv', format, mapping, nodeCatalogue(), (t) => rows.push(t), size);
			expect(sliced.problems).toEqual(whole.problems);
			expect(sliced.summary).toEqual(whole.summary);
			expect(sliced.kommuner).toEqual(whole.kommuner);
			expect(sliced.periods).toEqual(whole.periods);
			expect(sliced.tables).toEqual([{ table: 'sick_leave', rows: whole.tables[0]!.rows.length }]);
			expect(rows.flatMap((t) => t.rows)).toEqual(whole.tables[0]!.rows);
		}
		// The duplicate is named across slices, the bad cells by row: the test can fail.
		expect(whole.problems.map((p) => p.row)).toEqual([4, 5, 6, 7, 8, 11, 12]);
		expect(whole.tables[0]!.rows.map((r) => r.line)).toEqual([2, 3, 9]);
		expect(whole.tables[0]!.rows[2]!.unit_area).toBe('Söder; "väst"');
	});
});
