import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

/**
 * SHA-256 over files' names (relative to `base`) and bytes, in name order: the version the browser
 * asks for them by (`?v=`, src/lib/db/versioned-fetch.ts). Any changed, added or removed file
 * changes it, so a copy the browser holds under it is always these bytes.
 */
export function contentHash(base: string, files: readonly string[]): string {
	const hash = createHash('sha256');
	for (const f of [...files].sort())
		hash
			.update(`${relative(base, f)}\0`)
			.update(readFileSync(f))
			.update('\0');
	return hash.digest('hex');
}
