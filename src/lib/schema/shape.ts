import { toBudgetRow, type BudgetSourceRow } from './budget-row';
import { KPI_TABLES, type TableName } from './extracts';
import { markStatements, markUniqueStatements, type LabelMap, type Restatement } from './statements';

type Row = Record<string, unknown>;

/** Source rows → the built rows of a table: budget amounts in tkr, statement columns on every extract. */
export function shapeRows(
	table: TableName,
	rows: readonly Row[],
	labels: LabelMap = new Map(),
	restatements: readonly Restatement[] = []
): Row[] {
	if (table === 'budget')
		return markStatements(
			'budget',
			rows.map((r) => toBudgetRow(r as BudgetSourceRow)),
			labels
		);
	if ((KPI_TABLES as readonly string[]).includes(table)) return markStatements('kpi', rows, labels, restatements);
	if (table === 'goals') return markStatements('goals', rows, labels);
	return [...rows];
}

/** `shapeRows` for rows unique by key (a user's checked file): the same columns and values, in place. */
export function shapeUniqueRows(table: TableName, rows: Row[]): Row[] {
	if (table === 'budget')
		return markUniqueStatements(
			'budget',
			rows.map((r) => toBudgetRow(r as BudgetSourceRow))
		);
	if ((KPI_TABLES as readonly string[]).includes(table)) return markUniqueStatements('kpi', rows);
	return shapeRows(table, rows);
}
