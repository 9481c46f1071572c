import type { QueryResult } from '$lib/db/query-result';
import type { Catalogue } from '../catalogue';
import type { ImportResult, InputType, MappedRow, RowProblem } from '../format';
import type { TableName } from '$lib/schema/extracts';
import type { Mapping, SlicedValidation } from '../validate';

/** A checked file as the page sees it: counts per extract (the rows went ahead as Arrow chunks), never row objects. */
export type Checked = SlicedValidation;

export type ToWorker =
	| { type: 'read'; file: Blob; name: string }
	| { type: 'validate'; formatKey: string; mapping: Mapping; catalogue: Catalogue }
	| { type: 'map'; formatKey: string; mapping: Mapping }
	| { type: 'check'; formatKey: string; mapping: Mapping; catalogue: Catalogue; result: ImportResult }
	/** A format that sums in DuckDB: its input columns made here, from every row (format.ts, Pivot). */
	| { type: 'pivot-input'; formatKey: string; mapping: Mapping; kommun?: string }
	/** …and its sums (DuckDB's answer from the page, or null when there was nothing to sum) → rows, checked here. */
	| {
			type: 'pivot-finish';
			formatKey: string;
			mapping: Mapping;
			catalogue: Catalogue;
			kommun?: string;
			sums: QueryResult | null;
	  };

export type ReadSummary = {
	kind: string;
	header: string[];
	preview: string[][];
	rows: number;
	details: Record<string, string>;
};

export type FromWorker =
	| { type: 'progress'; fraction: number }
	| { type: 'read'; ok: true; summary: ReadSummary }
	| { type: 'read'; ok: false; row: number; reason: string }
	| { type: 'validated'; result: Checked }
	/** Accepted rows, slice by slice, as Arrow IPC (moved, not copied): the page stages them in DuckDB at once. */
	| { type: 'rows-chunk'; table: TableName; rows: number; ipc: Uint8Array }
	/** Mapped rows cross in slices, so the page never stops for one huge message. */
	| { type: 'mapped-chunk'; rows: MappedRow[] }
	| { type: 'mapped'; problems: RowProblem[]; stop: boolean }
	/** The input's column types and Arrow chunks (moved): `rows` = 0 or `stop` means nothing to sum. */
	| { type: 'pivot-input'; rows: number; stop: boolean; types: Record<string, InputType>; chunks: Uint8Array[] }
	| { type: 'failed'; reason: string };
