/** A URL that names its content: `?v=` and at least 12 hex digits of the file's SHA-256 (the manifest's). */
const VERSIONED = /[?&]v=[0-9a-f]{12,}(&|$)/;

/** A data file's address by its content version: the one form `fetchVersioned` takes from the cache. */
export function versionedUrl(path: string, sha256: string): string {
	return `${path}?v=${sha256.slice(0, 24)}`;
}

/**
 * A data file by its versioned URL (its content hash from the manifest, which is itself asked for
 * afresh on every visit): a copy the browser already holds of exactly this URL is these bytes, so it
 * is used without asking the server again — a repeat visit at scale asked for ~500 partitions anew.
 * A failed answer is never taken from the cache (the file is asked for again), and a URL without a
 * version is fetched as usual.
 */
export async function fetchVersioned(url: string): Promise<Response> {
	if (!VERSIONED.test(url)) return fetch(url);
	const kept = await fetch(url, { cache: 'force-cache' });
	return kept.ok ? kept : fetch(url, { cache: 'no-cache' });
}
