import { z } from 'zod';

/** Kommunkod as Kolada and SCB write it: 4 characters, leading zero kept ('0881'). 0000 = Riket. */
export const KommunCode = z.string().regex(/^\d{4}$/, 'kommunkod ska vara fyra siffror, t.ex. 0881');

/** Sex as Kolada writes it: T = totalt, K = kvinnor, M = män. */
export const Sex = z.enum(['T', 'K', 'M']);
export type Sex = z.infer<typeof Sex>;

export const PERIOD_KINDS = ['year', 'tertial', 'half', 'quarter', 'month', 'ytd', 'point'] as const;
export const PeriodKind = z.enum(PERIOD_KINDS);
export type PeriodKind = z.infer<typeof PeriodKind>;

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'datum ska skrivas ÅÅÅÅ-MM-DD');

/** Empty CSV cells arrive as '' — treat them as missing. */
const blankToNull = (v: unknown) => (v === '' || v === undefined ? null : v);

export const OptionalText = z.preprocess(blankToNull, z.string().nullable());
export const OptionalNumber = z.preprocess(blankToNull, z.coerce.number().finite().nullable());
export const RequiredNumber = z.preprocess(blankToNull, z.coerce.number().finite());
export const OptionalInt = z.preprocess(blankToNull, z.coerce.number().int().nullable());
export const OptionalBool = z.preprocess(
	(v) => (v === '' || v == null ? null : v === true || v === 'true'),
	z.boolean().nullable()
);

/** Where a figure comes from. Document figures carry line + quote; a user's own extract may not. */
export const provenance = {
	source: z.string().min(1),
	line: OptionalInt,
	quote: OptionalText
};

export const period = {
	period_start: IsoDate,
	period_end: IsoDate,
	period_kind: PeriodKind,
	period_label: z.string().min(1)
};
