import { engine } from '$lib/db/engine';

/** Our tables, as constants: the digest names nothing that comes from a file. */
const TABLES = ['budget', 'staffing', 'sick_leave', 'senior_alert', 'caseload', 'sources', 'municipalities'] as const;

/**
 * Only with ?testhook in the URL: a fingerprint (row count + hash of all rows) per table, so
 * end-to-end tests can prove a rejected file changed nothing. It reveals no values.
 */
export function installImportTestHook(): void {
	if (!new URLSearchParams(location.search).has('testhook')) return;
	(window as unknown as { __tertialDigest: () => Promise<Record<string, string>> }).__tertialDigest = async () => {
		const { conn } = await engine();
		const out: Record<string, string> = {};
		for (const t of TABLES) {
			const r = await conn.query(
				`SELECT count(*)::VARCHAR || ':' || coalesce(md5(string_agg(x::VARCHAR, '|' ORDER BY x::VARCHAR)), '') AS d FROM ${t} x`
			);
			out[t] = String(r.getChild('d')?.get(0));
		}
		return out;
	};
}
