/** Own rows cite their file: `source` = this prefix + file name. Bundled sources never start with it. */
export const USER_SOURCE_PREFIX = 'user:';

export const isUserSource = (source: string): boolean => source.startsWith(USER_SOURCE_PREFIX);

/** How a user's file is named where a citation shows it, so it never reads as a committee document. */
export const citedFileName = (file: string): string => `${file} (egen fil)`;

/** The original row's cells as "rubrik: värde; …", at most 200 characters: the quote a citation shows. */
export function quoteOf(header: string[], cells: string[]): string {
	const text = header
		.map((h, j) => `${h}: ${(cells[j] ?? '').trim()}`)
		.filter((s) => !s.endsWith(': '))
		.join('; ');
	return text.length > 200 ? text.slice(0, 199) + '…' : text;
}
