import type { $ZodType } from 'zod/v4/core';
import { BudgetRow, BudgetSourceRow } from './budget-row';
import { Area, Measure, Municipality, Source } from './dimensions';
import { GoalBuiltRow, GoalRow } from './goal-row';
import { KpiBuiltRow, KpiRow } from './kpi-row';
import type { TableName } from './table-names';

export * from './table-names';

/** Each table's schemas (every name in TABLE_NAMES, no other: `satisfies` checks both). */
export const TABLES = {
	budget: { kind: 'extract', source: BudgetSourceRow, row: BudgetRow, files: 'budget' },
	staffing: { kind: 'extract', source: KpiRow, row: KpiBuiltRow, files: 'staffing' },
	sick_leave: { kind: 'extract', source: KpiRow, row: KpiBuiltRow, files: 'sick_leave' },
	senior_alert: { kind: 'extract', source: KpiRow, row: KpiBuiltRow, files: 'senior_alert' },
	caseload: { kind: 'extract', source: KpiRow, row: KpiBuiltRow, files: 'caseload' },
	goals: { kind: 'extract', source: GoalRow, row: GoalBuiltRow, files: 'goals' },
	measures: { kind: 'dimension', source: Measure, row: Measure, files: 'measures' },
	municipalities: { kind: 'dimension', source: Municipality, row: Municipality, files: 'municipalities' },
	sources: { kind: 'dimension', source: Source, row: Source, files: 'sources' },
	areas: { kind: 'dimension', source: Area, row: Area, files: 'areas' }
} as const satisfies Record<
	TableName,
	{ kind: 'extract' | 'dimension'; source: $ZodType; row: $ZodType; files: string }
>;
