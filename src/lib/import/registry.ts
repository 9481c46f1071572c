import type { ImportFormat } from './format';
import { FORMATS } from './formats';
import { LONG_TABLES, longFormat } from './long-format';

/**
 * A format as the user picks it. Our long format is offered once per extract, so its rows know
 * their table and a measure of another extract is named as such.
 */
export type FormatChoice = { key: string; format: ImportFormat; inWorker: boolean };

export const CHOICES: FormatChoice[] = [
	// The systems' formats aggregate in DuckDB (ctx.runner), so their transform runs beside the database.
	...FORMATS.filter((f) => f.id !== 'long').map((format) => ({ key: format.id, format, inWorker: false })),
	...LONG_TABLES.map((t) => ({ key: `long:${t}`, format: longFormat(t), inWorker: true }))
];

export function choiceByKey(key: string): FormatChoice | undefined {
	return CHOICES.find((c) => c.key === key);
}

export function formatByKey(key: string): ImportFormat | undefined {
	return CHOICES.find((c) => c.key === key)?.format;
}
