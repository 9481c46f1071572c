import { duckdbMemoryBytes, tableDigests } from '$lib/db/own-rows';

/**
 * Only with ?testhook in the URL: a fingerprint (row count + hash of all rows) per table, so
 * end-to-end tests can prove a rejected file changed nothing, and DuckDB's memory for the import
 * benchmark. It reveals no values.
 */
export function installImportTestHook(): void {
	if (!new URLSearchParams(location.search).has('testhook')) return;
	Object.assign(window, { __tertialDigest: tableDigests, __tertialMemory: duckdbMemoryBytes });
}
