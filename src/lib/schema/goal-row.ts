import { z } from 'zod/mini';
import { KommunCode, OptionalText, provenance } from './common';

export const GoalStatus = z.enum(['uppnatt', 'delvis', 'ej_uppnatt', 'ej_bedomt']);
export type GoalStatus = z.infer<typeof GoalStatus>;

export const GoalRow = z.object({
	...provenance,
	kommun: KommunCode,
	report_id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
	report_label: z.string().check(z.minLength(1)),
	goal_group: OptionalText,
	goal: z.string().check(z.minLength(1)),
	status: GoalStatus,
	note: OptionalText,
	note_sv: OptionalText
});
export type GoalRow = z.infer<typeof GoalRow>;

/** The built extract: the source row plus the statement columns set by the data build (statements.ts). */
export const GoalBuiltRow = z.extend(GoalRow, { statement_group: z.string(), canonical: z.boolean() });
export type GoalBuiltRow = z.infer<typeof GoalBuiltRow>;
