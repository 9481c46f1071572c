import type { Catalogue } from '../catalogue';
import type { Mapping, Validated } from '../validate';

export type ToWorker =
	| { type: 'read'; file: Blob; name: string }
	| { type: 'validate'; formatKey: string; mapping: Mapping; catalogue: Catalogue };

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
	| { type: 'failed'; reason: string };
