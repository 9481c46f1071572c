import { z } from 'zod/mini';

// zod/mini (the app's views share zod with the Data page: mini keeps it small); its messages in
// English, as classic zod gives them (the check report shows them beside a row).
z.config(z.locales.en());

/** Kommunkod as Kolada and SCB write it: 4 characters, leading zero kept ('0881'). 0000 = Riket. */
export const KommunCode = z.string().check(z.regex(/^\d{4}$/, 'kommunkod ska vara fyra siffror, t.ex. 0881'));

/** Sex as Kolada writes it: T = totalt, K = kvinnor, M = män. */
export const Sex = z.enum(['T', 'K', 'M']);
export type Sex = z.infer<typeof Sex>;

export const PERIOD_KINDS = ['year', 'tertial', 'half', 'quarter', 'month', 'ytd', 'point'] as const;
export const PeriodKind = z.enum(PERIOD_KINDS);
export type PeriodKind = z.infer<typeof PeriodKind>;

/** A real calendar date (2023-02-30 is refused here, not by DuckDB's CAST later). */
export const IsoDate = z.string().check(
	z.regex(/^\d{4}-\d{2}-\d{2}$/, 'datum ska skrivas ÅÅÅÅ-MM-DD'),
	z.refine((s) => {
		const [y, m, d] = s.split('-').map(Number) as [number, number, number];
		const date = new Date(Date.UTC(y, m - 1, d));
		return y >= 1 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
	}, 'datumet finns inte i kalendern')
);

/** DuckDB INTEGER is 32-bit: a larger count must be refused with its row, not overflow in CAST. */
export const INT32_MAX = 2_147_483_647;
export const int32 = () =>
	z.coerce
		.number()
		.check(
			z.int(),
			z.gte(-INT32_MAX - 1, 'talet är för litet för ett heltal'),
			z.lte(INT32_MAX, `talet är större än ${INT32_MAX}`)
		);

/** Empty CSV cells arrive as '' — treat them as missing. */
const blankToNull = (v: unknown) => (v === '' || v === undefined ? null : v);
/** zod's `preprocess` (which zod/mini has not): the value transformed, then checked. */
export const preprocess = <T extends z.ZodMiniType>(fn: (v: unknown) => unknown, schema: T) =>
	z.pipe(z.transform(fn), schema);

// A zod number is finite: NaN and ±Infinity are refused without a further check.
export const OptionalText = preprocess(blankToNull, z.nullable(z.string()));
export const OptionalNumber = preprocess(blankToNull, z.nullable(z.coerce.number()));
export const RequiredNumber = preprocess(blankToNull, z.coerce.number());
export const OptionalInt = preprocess(blankToNull, z.nullable(int32()));
/** A count or line number: 1 or more. */
export const OptionalPositiveInt = preprocess(blankToNull, z.nullable(int32().check(z.gte(1, 'ska vara minst 1'))));
export const OptionalBool = preprocess(
	(v) => (v === '' || v == null ? null : v === true || v === 'true'),
	z.nullable(z.boolean())
);

/** Where a figure comes from. Document figures carry line + quote; a user's own extract may not. */
export const provenance = {
	source: z.string().check(z.minLength(1)),
	line: OptionalPositiveInt,
	quote: OptionalText
};

export const period = {
	period_start: IsoDate,
	period_end: IsoDate,
	period_kind: PeriodKind,
	period_label: z.string().check(z.minLength(1))
};
