export type TextEncoding = 'utf-8' | 'utf-8 med BOM' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * Bytes → text, naming the encoding used. BOMs decide first (Excel's "Unicode-text" is UTF-16 LE
 * with a BOM); UTF-16 without BOM is recognised by its zero bytes; valid UTF-8 next; else
 * Windows-1252, what Swedish Excel writes for "CSV (semikolonavgränsad)".
 */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: TextEncoding } | { error: string } {
	const b0 = bytes[0];
	const b1 = bytes[1];
	if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) return strict(bytes.subarray(3), 'utf-8', 'utf-8 med BOM');
	if (b0 === 0xff && b1 === 0xfe) return strict(bytes.subarray(2), 'utf-16le', 'utf-16le');
	if (b0 === 0xfe && b1 === 0xff) return strict(bytes.subarray(2), 'utf-16be', 'utf-16be');
	const zeros = zeroPattern(bytes);
	if (zeros === 'odd') return strict(bytes, 'utf-16le', 'utf-16le');
	if (zeros === 'even') return strict(bytes, 'utf-16be', 'utf-16be');
	if (zeros === 'binary') return { error: 'filen innehåller binära data och är ingen textfil (CSV).' };
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
	} catch {
		return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
	}
}

function strict(bytes: Uint8Array, label: string, encoding: TextEncoding) {
	try {
		const text = new TextDecoder(label, { fatal: true }).decode(bytes);
		if (text.includes('\u0000')) return { error: `filen ser ut att vara ${encoding} men innehåller binära data.` };
		return { text, encoding };
	} catch {
		return { error: `filen säger sig vara ${encoding} men kan inte avkodas som det. Spara den som CSV UTF-8.` };
	}
}

/** Where zero bytes sit in the first 4 kB: UTF-16 LE has them at odd offsets, BE at even. */
function zeroPattern(bytes: Uint8Array): 'none' | 'odd' | 'even' | 'binary' {
	const n = Math.min(bytes.length, 4096);
	let odd = 0;
	let even = 0;
	for (let i = 0; i < n; i++) {
		if (bytes[i] !== 0) continue;
		if (i % 2) odd++;
		else even++;
	}
	if (odd + even === 0) return 'none';
	if (odd > n / 4 && even === 0) return 'odd';
	if (even > n / 4 && odd === 0) return 'even';
	return 'binary';
}
