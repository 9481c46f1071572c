import { sql, type Query } from './sql';

export type GoalStatusRow = {
	report_id: string;
	report_label: string;
	goal_group: string | null;
	goal: string;
	status: string;
	note: string | null;
	/** For the user, in Swedish: e.g. that this document's scale differs from the others'. */
	note_sv: string | null;
	line: number;
	quote: string;
	file: string;
};

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
