import { mkdtempSync, mkdirSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProvenance, readAll } from '../../scripts/lib/check-rows';
import { formatProblem } from '../../scripts/lib/read-sources';
import { DATA_DIR, DOCUMENTS, HAS_DOCUMENTS } from '../helpers/paths';

const { tables, problems } = readAll(DATA_DIR);

describe('data/ sources', () => {
	it('every source row passes its zod schema and names known sources, kommuner, areas and measures', () => {
		expect(problems.map(formatProblem)).toEqual([]);
	});

	it('each document-derived extract row has a line and a quote', () => {
		for (const name of ['budget', 'staffing', 'sick_leave', 'senior_alert', 'caseload', 'goals'] as const)
			for (const r of tables[name])
				expect({ file: r.file, row: r.row, line: r.value.line != null, quote: !!r.value.quote }).toEqual({
					file: r.file,
					row: r.row,
					line: true,
					quote: true
				});
	});

	it('a schema violation names file, row and column', () => {
		const dir = mkdtempSync(join(tmpdir(), 'tertial-bad-'));
		cpSync(DATA_DIR, dir, { recursive: true });
		mkdirSync(join(dir, 'nybro'), { recursive: true });
		writeFileSync(
			join(dir, 'nybro', 'sick_leave-broken.csv'),
			'source,line,quote,kommun,period_start,period_end,period_kind,period_label,measure,value_kind,sex,age_band,unit_area,item,detail,value,unit,n,note,note_sv\n' +
				'nybro-2024-10-01,1,x,881,2024-01-01,2024-08-31,tertial,T2 2024,sick_leave_total_pct,actual,T,,,,,"6,8",%,,,\n'
		);
		const bad = readAll(dir).problems.map(formatProblem);
		expect(bad).toContain(
			'data/nybro/sick_leave-broken.csv rad 2, kolumn kommun: kommunkod ska vara fyra siffror, t.ex. 0881'
		);
		expect(bad.some((p) => p.startsWith('data/nybro/sick_leave-broken.csv rad 2, kolumn value'))).toBe(true);
	});
});

describe.skipIf(!HAS_DOCUMENTS)('provenance against ../shared/documents', () => {
	it('every quote is on its line and prints its value', () => {
		expect(checkProvenance(tables, DOCUMENTS).map(formatProblem)).toEqual([]);
	});
});
