/** A file read into text cells, before any mapping: what every format (CSV, xlsx, Parquet) becomes. */
export type RawTable = {
	header: string[];
	/** `line` is the 1-based row in the file (header = 1), so messages match what a spreadsheet shows. */
	rows: { line: number; cells: string[] }[];
	/** Shown in the report: encoding, delimiter, sheet, … */
	details: Record<string, string>;
};

export type ReadOutcome = { ok: true; kind: string; table: RawTable } | { ok: false; row: number; reason: string };
