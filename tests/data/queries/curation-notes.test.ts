import { describe, expect, it } from 'vitest';
import { curationNotes, CurationNoteRow } from '../../../src/lib/queries/curation-notes';
import { parseRows } from '../../../src/lib/queries/rows';
import { emptyDatabase, insert, kpi } from '../../helpers/fixture';

/**
 * The Data page's reviewers' notes read every figure's note: a figure from a user's file or a
 * served data set has a note but no document line, and must be listed, not break the page.
 * SYNTHETIC test row (kommun 9991, never shipped).
 */
describe('reviewers’ notes', () => {
	it('list a note without a document line, its line empty', async () => {
		const r = await emptyDatabase();
		await insert(r, 'municipalities', [{ kommun: '9991', name: 'Testkommun' }]);
		await insert(r, 'sick_leave', [
			kpi({
				kommun: '9991',
				measure: 'sick_leave_total_pct',
				period_start: '2024-01-01',
				period_end: '2024-12-31',
				value: 6.1,
				n: 40,
				note: 'exported by the HR system',
				line: null
			})
		]);
		const rows = parseRows(await r.run(curationNotes()), CurationNoteRow);
		expect(rows).toEqual([
			{ name: 'Testkommun', extract: 'sick_leave', file: null, line: null, note: 'exported by the HR system' }
		]);
		r.close();
	});
});
