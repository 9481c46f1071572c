// src/lib/import/format.ts
import type { TableName } from '$lib/schema/extracts';
import type { Query, Runner, Sql } from '$lib/queries/sql';

/** A target field a user maps a column of their file onto. */
export type FieldSpec = {
	id: string; // e.g. 'period', 'ansvar', 'konto', 'utfall', 'sick_hours'
	label: string; // Swedish, shown in the mapping step
	required: boolean;
	/** A required column whose cells may be empty (a ledger's utfall for months not yet booked). */
	emptyCells?: true;
	kind: 'text' | 'number' | 'period' | 'date' | 'kommun' | 'sex' | 'age_band';
	synonyms: string[]; // header names that suggest this field (Swedish and English, lower case, no accents needed)
	help?: string; // one Swedish sentence
};

/** A row after mapping: field id → the raw cell text, plus its 1-based row number in the file (header = row 1). */
export type MappedRow = { row: number; cells: Record<string, string> };

export type RowProblem = { row: number; column: string; reason: string }; // column = the user's header name when known, else the field label

export type ImportContext = { file: string; kommun?: string; runner?: Runner };

export type ImportResult = {
	/** Rows for our extracts (the long KPI format or budget rows), validated later with the same zod schemas as the data build. */
	tables: { table: TableName; rows: Record<string, unknown>[] }[];
	problems: RowProblem[];
	/** Swedish one-liners for the report, e.g. totals per kommun and period. */
	summary: string[];
};

export type ImportFormat = {
	id: 'ledger' | 'hr_sick_hours' | 'staffing' | 'senior_alert' | 'ivo_evb' | 'long';
	label: string; // Swedish, e.g. 'Huvudbok / budgetuppföljning'
	fields: FieldSpec[];
	templateCsv: string; // semicolon-separated Swedish template with a header and 2–3 example rows clearly marked as examples
	guide: string; // short Swedish guide (plain text paragraphs)
	transform(rows: MappedRow[], ctx: ImportContext): Promise<ImportResult>;
	/**
	 * For a format that sums in DuckDB: `transform` in three steps, so the per-row work runs in the
	 * import worker and the page only stages columns and runs one query (never a loop over rows).
	 */
	pivot?: Pivot;
};

export type InputType = 'VARCHAR' | 'DOUBLE' | 'DATE' | 'INTEGER';
/** Typed columns of equal length (the rows that passed), the SQL's input. */
export type PivotInput = {
	columns: Record<string, { type: InputType; values: (string | number | null)[] }>;
	rows: number;
	problems: RowProblem[];
};

export type Pivot = {
	/** Per row (worker): the SQL's input columns and the rows' problems. */
	input(rows: MappedRow[], ctx: ImportContext): PivotInput;
	/** The sums over the input relation (page, DuckDB). */
	query(input: Sql): Query<Record<string, unknown>>;
	/** The sums → our rows (worker). `problems` are the input's. */
	finish(agg: Record<string, unknown>[], ctx: ImportContext, problems: RowProblem[]): ImportResult;
};
