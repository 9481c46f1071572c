import { z } from 'zod/mini';

/**
 * Small-group protection for health data (sick leave) and staff figures. The rule itself is
 * applied once, where the raw rows are read (src/lib/db/protect.ts): every query reads only the
 * protected views, where a suppressed figure is NULL with `suppressed` and `suppression` set.
 * Here: the threshold and the words shown to users.
 */
export const SMALL_GROUP_MAX = 10;

export const Suppression = z.nullable(z.enum(['primary', 'complementary']));
export type Suppression = z.infer<typeof Suppression>;

/** The primary rule in TS, for labels and tests; SQL in protect.ts is what protects the data. */
export function isSmallGroup(n: number | null | undefined): boolean {
	return n != null && n <= SMALL_GROUP_MAX;
}

/** Shown in place of a suppressed figure, with the reason beside it. */
export const SUPPRESSED_MARK = '–';
export const SUPPRESSION_TEXT: Record<'primary' | 'complementary', string> = {
	primary: `skyddad: gruppen har ${SMALL_GROUP_MAX} eller färre anställda`,
	complementary: 'skyddad: dold så att en liten grupp inte kan räknas fram ur totalen'
};
