import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, MAX_ROWS, tooLarge, tooManyRows } from '../../../src/lib/import/limits';
import { readFile } from '../../../src/lib/import/read/read-file';
import { nodeDeps } from '../../helpers/import-node';

describe('files too large for the tab are refused, the limit said in Swedish', () => {
	it('by size, before reading: 75 MB', () => {
		expect(tooLarge({ name: 'a.csv', size: MAX_FILE_BYTES })).toBeNull();
		expect(tooLarge({ name: 'a.csv', size: MAX_FILE_BYTES + 1 })).toBe(
			'a.csv är 75 MB; gränsen är 75 MB per fil i webbläsaren. Dela upp filen (t.ex. per år) och läs in delarna var för sig.'
		);
	});

	it('by rows, once read (a Parquet file packs many rows in few bytes)', async () => {
		expect(tooManyRows(MAX_ROWS)).toBeNull();
		expect(MAX_ROWS.toLocaleString('sv-SE').replace(/\s/g, ' ')).toBe('1 100 000');
		const csv = 'a\n' + '1\n'.repeat(MAX_ROWS + 1);
		const out = await readFile(new TextEncoder().encode(csv), 'many.csv', nodeDeps);
		expect(out).toEqual({
			ok: false,
			row: 0,
			// sv-SE groups digits with a no-break space.
			reason: `filen har ${(MAX_ROWS + 1).toLocaleString('sv-SE')} rader; gränsen är ${MAX_ROWS.toLocaleString('sv-SE')} rader per fil i webbläsaren. Dela upp filen (t.ex. per år) och läs in delarna var för sig.`
		});
	});
});
