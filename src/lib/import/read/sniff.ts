export type FileKind = 'text' | 'parquet' | 'xlsx' | 'refused';

/** What the first bytes say a file is; names lie (a renamed image, an .xls saved as .csv). */
export function sniff(bytes: Uint8Array, name: string): { kind: FileKind; reason?: string } {
	const b = (i: number) => bytes[i] ?? -1;
	const starts = (...sig: number[]) => sig.every((v, i) => b(i) === v);
	if (starts(0x50, 0x41, 0x52, 0x31)) return { kind: 'parquet' };
	if (starts(0x50, 0x4b, 0x03, 0x04)) {
		if (/\.xlsx$/i.test(name) || containsAscii(bytes, 'xl/')) return { kind: 'xlsx' };
		return { kind: 'refused', reason: 'filen är ett zip-arkiv, inte en tabell. Packa upp den eller spara som CSV.' };
	}
	if (starts(0xd0, 0xcf, 0x11, 0xe0))
		return {
			kind: 'refused',
			reason:
				'filen är i Excels gamla format (.xls). Spara som .xlsx eller som CSV (semikolonavgränsad) och försök igen.'
		};
	const images: [number[], string][] = [
		[[0x89, 0x50, 0x4e, 0x47], 'en PNG-bild'],
		[[0xff, 0xd8, 0xff], 'en JPEG-bild'],
		[[0x47, 0x49, 0x46, 0x38], 'en GIF-bild'],
		[[0x25, 0x50, 0x44, 0x46], 'en PDF'],
		[[0x1f, 0x8b], 'ett gzip-arkiv']
	];
	for (const [sig, what] of images)
		if (starts(...sig))
			return { kind: 'refused', reason: `filen är ${what}, inte en tabell (CSV, .xlsx eller Parquet).` };
	if (/\.parquet$/i.test(name))
		return { kind: 'refused', reason: 'filen heter .parquet men är ingen Parquet-fil (den saknar PAR1 i början).' };
	if (/\.xlsx$/i.test(name))
		return { kind: 'refused', reason: 'filen heter .xlsx men är ingen Excel-fil. Spara den som CSV och försök igen.' };
	return { kind: 'text' };
}

function containsAscii(bytes: Uint8Array, text: string): boolean {
	const head = bytes.subarray(0, Math.min(bytes.length, 4096));
	const codes = [...text].map((c) => c.charCodeAt(0));
	outer: for (let i = 0; i + codes.length <= head.length; i++) {
		for (let j = 0; j < codes.length; j++) if (head[i + j] !== codes[j]) continue outer;
		return true;
	}
	return false;
}
