import { z } from 'zod';

/** Kommunkod as Kolada and SCB write it: 4 characters, leading zero kept ('0881'). 0000 = Riket. */
export const KommunCode = z.string().regex(/^\d{4}$/, 'kommunkod ska vara fyra siffror, t.ex. 0881');

/** Sex as Kolada writes it: T = totalt, K = kvinnor, M = män. */
export const Sex = z.enum(['T', 'K', 'M']);
export type Sex = z.infer<typeof Sex>;

export const PERIOD_KINDS = ['year', 'tertial', 'half', 'quarter', 'month', 'ytd', 'point'] as const;
export const PeriodKind = z.enum(PERIOD_KINDS);
export type PeriodKind = z.infer<typeof PeriodKind>;

/** A real calendar date (2023-02-30 is refused here, not by DuckDB's CAST later). */
export const IsoDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'datum ska skrivas ÅÅÅÅ-MM-DD')
	.refine((s) => {
		const [y, m, d] = s.split('-').map(Number) as [number, number, number];
		const date = new Date(Date.UTC(y, m - 1, d));
		return y >= 1 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
	}, 'datumet finns inte i kalendern');

/** DuckDB INTEGER is 32-bit: a larger count must be refused with its row, not overflow in CAST. */
export const INT32_MAX = 2_147_483_647;
export const int32 = () =>
	z.coerce
		.number()
		.int()
		.min(-INT32_MAX - 1, 'talet är för litet för ett heltal')
		.max(INT32_MAX, `talet är större än ${INT32_MAX}`);

/** Empty CSV cells arrive as '' — treat them as missing. */
const blankToNull = (v: unknown) => (v === '' || v === undefined ? null : v);

export const OptionalText = z.preprocess(blankToNull, z.string().nullable());
export const OptionalNumber = z.preprocess(blankToNull, z.coerce.number().finite().nullable());
export const RequiredNumber = z.preprocess(blankToNull, z.coerce.number().finite());
export const OptionalInt = z.preprocess(blankToNull, int32().nullable());
/** A count or line number: 1 or more. */
export const OptionalPositiveInt = z.preprocess(blankToNull, int32().min(1, 'ska vara minst 1').nullable());
export const OptionalBool = z.preprocess(
	(v) => (v === '' || v == null ? null : v === true || v === 'true'),
	z.boolean().nullable()
);

/** Where a figure comes from. Document figures carry line + quote; a user's own extract may not. */
export const provenance = {
	source: z.string().min(1),
	line: OptionalPositiveInt,
	quote: OptionalText
};

export const period = {
	period_start: IsoDate,
	period_end: IsoDate,
	period_kind: PeriodKind,
	period_label: z.string().min(1)
};
