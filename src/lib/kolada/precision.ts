/**
 * Values a file wrote in exponent form with at most six significant digits (the ddf dump writes
 * Riket's population 2022 as 1.05216e+07, not 10521556): rounded at the source. We keep them as
 * written — no figure is invented — and say so in the manifest, so views can flag them.
 */
const ROUNDED = /(?<=^|,)-?\d(?:\.\d{0,5})?[eE]\+?\d+(?=,|\r?\n|$)/gm;

export function roundedInSource(text: string): { count: number; example: string | null } {
	const found = text.match(ROUNDED);
	return { count: found?.length ?? 0, example: found?.[0] ?? null };
}
