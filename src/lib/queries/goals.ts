import { z } from 'zod/mini';
import { sql, type Query } from './sql';

export const GoalStatusRow = z.object({
	report_id: z.string(),
	report_label: z.string(),
	goal_group: z.nullable(z.string()),
	goal: z.string(),
	status: z.string(),
	note: z.nullable(z.string()),
	/** For the user, in Swedish: e.g. that this document's scale differs from the others'. */
	note_sv: z.nullable(z.string()),
	line: z.number(),
	quote: z.string(),
	file: z.string()
});
export type GoalStatusRow = z.infer<typeof GoalStatusRow>;

/** Goal fulfilment as the report states it, in document order. */
export function goalStatus(kommun: string, reportId: string | null): Query<GoalStatusRow> {
	return {
		purpose: 'måluppfyllelsen',
		sql: sql`SELECT g.report_id, g.report_label, g.goal_group, g.goal, g.status, g.note, g.note_sv, g.line, g.quote, s.file
			FROM goals g JOIN sources s USING (source)
			WHERE g.kommun = ${kommun} AND (CAST(${reportId} AS VARCHAR) IS NULL OR g.report_id = ${reportId})
			ORDER BY g.line`,
		columns: ['report_id', 'report_label', 'goal_group', 'goal', 'status', 'note', 'note_sv', 'line', 'quote', 'file']
	};
}
