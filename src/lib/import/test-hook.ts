import { tableDigests } from '$lib/db/own-rows';

/**
 * Only with ?testhook in the URL: a fingerprint (row count + hash of all rows) per table, so
 * end-to-end tests can prove a rejected file changed nothing. It reveals no values.
 */
export function installImportTestHook(): void {
	if (!new URLSearchParams(location.search).has('testhook')) return;
	(window as unknown as { __tertialDigest: () => Promise<Record<string, string>> }).__tertialDigest = tableDigests;
}
