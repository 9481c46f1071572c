import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvObjects, parseCsv } from '../../src/lib/csv/parse';
import type { LabelMap, Restatement } from '../../src/lib/schema/statements';

export type StatementInputs = { labels: LabelMap; restatements: Restatement[] };

function read(path: string): Record<string, string>[] {
	if (!existsSync(path)) return [];
	return [...csvObjects(parseCsv(readFileSync(path, 'utf8'), ','))].map((r) => r.values as Record<string, string>);
}

/** The reviewed inputs of the canonical-statement rule: data/labels.csv and data/restatements.csv. */
export function readStatementInputs(dataDir: string): StatementInputs {
	const labels = new Map(read(join(dataDir, 'labels.csv')).map((r) => [r.label!, r.key!]));
	const restatements = read(join(dataDir, 'restatements.csv')).map((r) => ({
		source: r.source!,
		first_line: Number(r.first_line),
		last_line: Number(r.last_line),
		measure: r.measure || null
	}));
	return { labels, restatements };
}
