/**
 * Decode a user's file: UTF-8 if it is valid UTF-8, else Windows-1252 (what Excel writes for
 * "CSV (semikolonavgränsad)" on Swedish Windows). Returns which one was used, to tell the user.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
	} catch {
		return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
	}
}
