import { z } from 'zod/mini';
import { kpiFigures, type FigureRow } from './sick-leave';
import { sql, type Query } from './sql';

/** The staffing measures HR follows, in display order. Survey indices etc. belong to other views. */
export const STAFFING_MEASURES = [
	'staff_headcount',
	'staff_fte',
	'full_time_share_pct',
	'hourly_paid_share_pct',
	'staff_turnover_pct'
] as const;
export type StaffingMeasure = (typeof STAFFING_MEASURES)[number];

/** Headcount and årsarbetare by sex, shares and turnover of one municipality, protected, with trend. */
export function staffingFigures(kommun: string): Query<FigureRow> {
	return kpiFigures({ table: 'staffing', kommun, measures: STAFFING_MEASURES, breakdown: 'all' }, 'personalsiffrorna');
}

export const PersonalKommunRow = z.object({
	kommun: z.string(),
	name: z.string(),
	sick_leave_rows: z.number(),
	staffing_rows: z.number()
});
export type PersonalKommunRow = z.infer<typeof PersonalKommunRow>;

/** Municipalities with sick-leave or HR staffing figures, for the picker (others get a brief note). */
export function personalKommuner(): Query<PersonalKommunRow> {
	const measures = STAFFING_MEASURES.join(',');
	return {
		purpose: 'kommunerna med personalsiffror',
		sql: sql`WITH c AS (SELECT m.kommun, m.name,
				(SELECT count(*) FROM sick_leave_safe s WHERE s.kommun = m.kommun)::INTEGER AS sick_leave_rows,
				(SELECT count(*) FROM staffing_safe s WHERE s.kommun = m.kommun AND list_contains(string_split(${measures}, ','), s.measure))::INTEGER AS staffing_rows
			FROM municipalities m)
			-- Every kommun is in the table; the picker lists those with any loaded figure.
			SELECT * FROM c WHERE kommun IN (SELECT kommun FROM facts UNION SELECT kommun FROM budget)
			ORDER BY sick_leave_rows = 0, name`,
		columns: ['kommun', 'name', 'sick_leave_rows', 'staffing_rows']
	};
}
