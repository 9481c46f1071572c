import type { ImportFormat } from './format';
import { LONG_TABLES, longFormat } from './long-format';

/** A format as the user picks it: the long format once per extract, so its rows know their table. */
export type FormatChoice = { key: string; format: ImportFormat };

export const CHOICES: FormatChoice[] = [...LONG_TABLES.map((t) => ({ key: `long:${t}`, format: longFormat(t) }))];

export function formatByKey(key: string): ImportFormat | undefined {
	return CHOICES.find((c) => c.key === key)?.format;
}
