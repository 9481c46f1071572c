/** A value bound to a `?` placeholder. Identifiers never travel this way: they come from TS unions. */
export type Param = string | number | boolean | null;

export type Sql = { text: string; params: Param[] };

/** A trusted SQL fragment: a constant of ours (never user text), spliced in as text. */
export class Fragment {
	constructor(readonly text: string) {}
}
export const fragment = (text: string): Fragment => new Fragment(text);

/** A table's column definitions from our own declared types (COLUMNS, KOLADA_COLUMNS): `"name" TYPE, …`. */
export const columnDefinitions = (cols: Record<string, string>): Fragment =>
	fragment(
		Object.entries(cols)
			.map(([c, t]) => `"${c}" ${t}`)
			.join(', ')
	);

/**
 * Tagged template: every interpolation becomes a bound parameter, except our own Fragments and
 * nested `sql` pieces (spliced in with their own parameters, in order).
 */
export function sql(strings: TemplateStringsArray, ...values: (Param | Fragment | Sql)[]): Sql {
	let text = strings[0]!;
	const params: Param[] = [];
	values.forEach((v, i) => {
		if (v instanceof Fragment) text += v.text;
		else if (v !== null && typeof v === 'object') {
			text += v.text;
			params.push(...v.params);
		} else {
			text += '?';
			params.push(v);
		}
		text += strings[i + 1]!;
	});
	return { text, params };
}

/** A question the dashboard asks: its purpose (shown to users on failure), SQL and row shape. */
export type Query<Row> = {
	purpose: string;
	sql: Sql;
	columns: readonly (keyof Row & string)[];
	/**
	 * Asked again and again with new parameters (Jämför's comparison, at every click): the browser
	 * keeps its prepared statement (src/lib/db/kept-statements.ts). Only for questions whose work
	 * is small once filtered: a kept statement holds its last run's hash tables until its next run.
	 */
	keep?: boolean;
};

/** Columnar result: one array per column, as DuckDB/Arrow hand it over; no row objects in between. */
export type Columns<Row> = { [K in keyof Row]: Row[K][] } & { length: number };

/** Anything that can run a Query: DuckDB-WASM in the browser, @duckdb/node-api in tests and bench. */
export interface Runner {
	run<Row>(query: Query<Row>): Promise<Columns<Row>>;
}

export function rowAt<Row>(cols: Columns<Row>, i: number): Row {
	const out = {} as Row;
	for (const k of Object.keys(cols) as (keyof Row)[])
		if (k !== 'length') out[k] = (cols[k] as unknown[])[i] as Row[keyof Row];
	return out;
}

export function toRows<Row>(cols: Columns<Row>): Row[] {
	return Array.from({ length: cols.length }, (_, i) => rowAt(cols, i));
}

/** One question as text: the same SQL with the same parameters is the same question (LiveQuery's key, first-answers.json's). */
export const questionKey = (q: Sql): string => `${q.text}\u0000${JSON.stringify(q.params)}`;
