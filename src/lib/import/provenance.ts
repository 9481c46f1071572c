/** Own rows cite their file: `source` = this prefix + file name. Bundled sources never start with it. */
export const USER_SOURCE_PREFIX = 'user:';

export const isUserSource = (source: string): boolean => source.startsWith(USER_SOURCE_PREFIX);

/** How a user's file is named where a citation shows it, so it never reads as a committee document. */
export const citedFileName = (file: string): string => `${file} (egen fil)`;

/** The original row's cells as "rubrik: värde; …", at most 200 characters: the quote a citation shows. */
export function quoteOf(header: string[], cells: string[]): string {
	let text = '';
	for (let j = 0; j < header.length; j++) {
		const v = (cells[j] ?? '').trim();
		const part = `${header[j]}: ${v}`;
		if (part.endsWith(': ')) continue;
		text += text ? '; ' + part : part;
	}
	return text.length > 200 ? text.slice(0, 199) + '…' : text;
}
