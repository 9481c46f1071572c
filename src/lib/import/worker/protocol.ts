import type { Catalogue } from '../catalogue';
import type { ImportResult, MappedRow, RowProblem } from '../format';
import type { Mapping, Validated } from '../validate';

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
	| { type: 'validated'; result: Validated }
	| { type: 'mapped'; mapped: MappedRow[]; problems: RowProblem[]; stop: boolean }
	| { type: 'failed'; reason: string };
