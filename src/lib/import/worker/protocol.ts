import type { Catalogue } from '../catalogue';
import type { ImportResult, MappedRow, RowProblem } from '../format';
import type { TableName } from '$lib/schema/extracts';
import type { Mapping, SlicedValidation } from '../validate';

/** A checked file as the page sees it: counts per extract (the rows went ahead as Arrow chunks), never row objects. */
export type Checked = SlicedValidation;

export type ToWorker =
	| { type: 'read'; file: Blob; name: string }
	| { type: 'validate'; formatKey: string; mapping: Mapping; catalogue: Catalogue }
	| { type: 'map'; formatKey: string; mapping: Mapping }
	| { type: 'check'; formatKey: string; mapping: Mapping; catalogue: Catalogue; result: ImportResult };

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
	| { type: 'failed'; reason: string };
