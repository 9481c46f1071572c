import { z } from 'zod/mini';
import { sql, type Query } from './sql';

export const CurationNoteRow = z.object({
	name: z.string(),
	extract: z.string(),
	file: z.nullable(z.string()),
	line: z.nullable(z.number()),
	note: z.string()
});
export type CurationNoteRow = z.infer<typeof CurationNoteRow>;

/**
 * The curation notes on the figures (English, written by those who transcribed the documents):
 * for reviewers on the Data page, never in the views, exports or print.
 */
export function curationNotes(): Query<CurationNoteRow> {
	return {
		purpose: 'granskarnas anteckningar',
		sql: sql`WITH x AS (
				SELECT 'budget' AS extract, kommun, source, line, note FROM budget WHERE note IS NOT NULL
				UNION ALL SELECT extract, kommun, source, line, note FROM facts WHERE note IS NOT NULL
				UNION ALL SELECT 'goals', kommun, source, line, note FROM goals WHERE note IS NOT NULL)
			SELECT DISTINCT m.name, x.extract, s.file, x.line, x.note
			FROM x JOIN municipalities m USING (kommun) LEFT JOIN sources s USING (source)
			ORDER BY m.name, s.file, x.line, x.note`,
		columns: ['name', 'extract', 'file', 'line', 'note']
	};
}
