/** Shown to users: what we tried to find out, not a stack trace. The SQL stays for developers. */
export class QueryError extends Error {
	constructor(
		readonly purpose: string,
		readonly sqlText: string,
		readonly cause: unknown
	) {
		super(`Kunde inte hämta ${purpose}.`);
		this.name = 'QueryError';
	}
}
