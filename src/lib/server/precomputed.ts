import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPrecomputed, type Headlines } from '$lib/db/precomputed';

/**
 * At build time (Översikt is prerendered): the headlines of the data this build serves, read
 * from the files copied into it, so the first figures are in the page's HTML.
 */
export function readPrecomputedHeadlines(dir = join('static', 'data')): Headlines | undefined {
	try {
		const read = (f: string): unknown => JSON.parse(readFileSync(join(dir, f), 'utf8'));
		return checkPrecomputed(read('manifest.json'), read('headlines.json'));
	} catch {
		return undefined;
	}
}
