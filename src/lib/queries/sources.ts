import { z } from 'zod/mini';
import { sql, type Query } from './sql';

export const SourceRow = z.object({
	source: z.string(),
	name: z.string(),
	committee: z.string(),
	meeting_date: z.string(),
	title: z.string(),
	file: z.string(),
	figures: z.number()
});
export type SourceRow = z.infer<typeof SourceRow>;

/** The committee documents and how many shipped figures cite each (a user's own files are listed apart). */
export function sourceList(): Query<SourceRow> {
	return {
		purpose: 'källdokumenten',
		sql: sql`WITH f AS (SELECT source FROM facts UNION ALL SELECT source FROM budget UNION ALL SELECT source FROM goals)
			SELECT s.source, m.name, s.committee, strftime(s.meeting_date, '%Y-%m-%d') AS meeting_date, s.title, s.file, count(f.source)::INTEGER AS figures
			FROM sources s JOIN municipalities m USING (kommun) LEFT JOIN f USING (source)
			WHERE NOT starts_with(s.source, 'user:')
			GROUP BY ALL ORDER BY m.name`,
		columns: ['source', 'name', 'committee', 'meeting_date', 'title', 'file', 'figures']
	};
}
