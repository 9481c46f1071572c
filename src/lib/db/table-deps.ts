/**
 * Which loaded tables a piece of SQL reads, so a query waits for exactly those (and never for
 * tables it does not use). Derived objects (views, macros, tables built from others) are expanded
 * to the base tables they read, found by scanning their own CREATE statements.
 */

const CREATED =
	/^\s*CREATE\s+(?:OR\s+REPLACE\s+)?(?:TEMP\s+|TEMPORARY\s+)?(?:VIEW|TABLE|MACRO)\s+(?:IF\s+NOT\s+EXISTS\s+)?"?([A-Za-z_][\w]*)"?/i;

/** The name a CREATE statement defines, or undefined for anything else. */
export function createdName(statement: string): string | undefined {
	return CREATED.exec(statement)?.[1];
}

const wordCache = new Map<string, RegExp>();
function word(name: string): RegExp {
	let re = wordCache.get(name);
	if (!re) wordCache.set(name, (re = new RegExp(`(?<![\\w.])${name}(?![\\w])`, 'i')));
	return re;
}

/** Names among `known` that occur as whole words in `sql` (a column of the same name is not a word match). */
export function namesIn(sql: string, known: Iterable<string>): Set<string> {
	const out = new Set<string>();
	for (const name of known) if (word(name).test(sql)) out.add(name);
	return out;
}

export class TableDeps {
	readonly #base: ReadonlySet<string>;
	readonly #derived = new Map<string, Set<string>>();
	readonly #cache = new Map<string, Set<string>>();

	/**
	 * @param base tables that are loaded from files (bundled extracts, Kolada)
	 * @param statements the CREATE statements that define derived objects over them, in order
	 * @param fixed derived objects built elsewhere, with the base tables they read (the protected facts)
	 */
	constructor(base: Iterable<string>, statements: readonly string[], fixed: Record<string, readonly string[]> = {}) {
		this.#base = new Set(base);
		for (const [name, deps] of Object.entries(fixed)) this.#derived.set(name, new Set(deps));
		for (const s of statements) {
			const name = createdName(s);
			if (!name || this.#base.has(name)) continue; // placeholders of base tables are not derived
			const body = s.replace(CREATED, '');
			this.#derived.set(name, this.#expand(body, name));
		}
	}

	#expand(sql: string, self?: string): Set<string> {
		const out = new Set<string>();
		for (const n of namesIn(sql, this.#base)) out.add(n);
		for (const [name, deps] of this.#derived)
			if (name !== self && word(name).test(sql)) for (const d of deps) out.add(d);
		return out;
	}

	/** The base tables a query reads, directly or through derived objects. */
	tablesOf(sql: string): Set<string> {
		let hit = this.#cache.get(sql);
		if (!hit) {
			hit = this.#expand(sql);
			if (this.#cache.size > 500) this.#cache.clear();
			this.#cache.set(sql, hit);
		}
		return hit;
	}

	/** Derived tables that must be rebuilt when `table` changes (they are materialised, not views). */
	dependents(table: string): string[] {
		return [...this.#derived].filter(([, deps]) => deps.has(table)).map(([name]) => name);
	}
}
