import { untrack } from 'svelte';
import type { $ZodType } from 'zod/v4/core';
import { QueryError } from '$lib/db/query-error';
import { parseRows } from '$lib/queries/rows';
import { questionKey, type Query } from '$lib/queries/sql';
import { firstAnswer } from '$lib/db/first-answers.svelte';
import { querySource, type QuerySource } from './query-source';

/** What failed, for the "Visa detaljer" disclosure: the question, its SQL and the underlying cause. */
export type QueryFailure = { purpose: string; sql: string; params: string; cause: string };

/** What a failure notice needs of a query: its failure, and a way to ask again. */
export type Retryable = { error: QueryFailure | undefined; retry: () => void };

function failure(query: Query<unknown>, e: unknown): QueryFailure {
	const cause = e instanceof QueryError ? e.cause : e;
	return {
		purpose: query.purpose,
		sql: query.sql.text,
		params: JSON.stringify(query.sql.params),
		cause: cause instanceof Error ? cause.message : String(cause)
	};
}

/** The same question twice: same SQL, same parameters, same data revision, same attempt. */
const keyOf = (query: { sql: Query<unknown>['sql'] }, revision: number, attempt: number) =>
	`${revision}\u0000${attempt}\u0000${questionKey(query.sql)}`;

/**
 * The latest answer to a question whose inputs change (filters, selections), as validated rows.
 * Re-asks when the question or the data revision changes, or on retry() — not when the input is
 * merely recomputed into the same SQL. Only the newest request may write its result: a slow earlier
 * query finishing late is ignored, never shown. A null input asks nothing and keeps the last answer.
 */
export class LiveQuery<Row, Q extends Query<Row> = Query<Row>> {
	rows = $state.raw<Row[] | undefined>(undefined);
	/** The question `rows` answer (so a view can label the rows with what was asked, not what is being asked). */
	answered = $state.raw<Q | undefined>(undefined);
	/** Whether `rows` answer the newest question asked (false while a newer one runs). */
	current = $state(false);
	error = $state.raw<QueryFailure | undefined>(undefined);
	loading = $state(false);
	/** The data revision `rows` were asked at (newer data may not be in them). */
	revision = $state<number | undefined>(undefined);
	/** How many answers have been shown: `npm run bench` waits for the next one after an interaction. */
	answers = $state(0);
	#attempt = $state(0);
	#generation = 0;
	#askedKey = '';
	#answeredKey = '';
	/** Recent answers by question: the key holds the revision of the tables it reads, so a load that changes them never reuses one. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a plain cache: nothing renders from it
	#kept = new Map<string, { rows: Row[]; query: Q }>();

	constructor(
		input: () => Q | null,
		private readonly schema: $ZodType<Row>,
		private readonly source: QuerySource = querySource(),
		/** How many recent answers to keep: a selection seen again is shown without asking the engine. */
		private readonly remember = 0
	) {
		$effect(() => {
			void this.#attempt;
			const revision = source.revision();
			const query = input();
			// The data never became queryable: say so instead of waiting for ever.
			const loadError = revision == null ? source.loadError?.() : undefined;
			if (loadError) this.error = { purpose: 'uppgifterna', sql: '', params: '', cause: loadError };
			if (revision == null || query == null) return;
			const own = source.revisionOf?.(query.sql.text) ?? revision;
			const key = keyOf(query, own, this.#attempt);
			// The data build's answer to exactly this question, while the tables it reads are as served
			// (their revision 0: no own extract, no kommuner added, nothing reloaded).
			const early = own === 0 ? firstAnswer(query.sql) : undefined;
			untrack(() => {
				const kept = key === this.#askedKey ? undefined : this.#kept.get(key);
				if (kept) this.#show(query, kept.rows, key, revision);
				else if (key === this.#askedKey) {
					// Already asked (or answered): keep the newest wording of the same question.
					if (key === this.#answeredKey) this.answered = query;
				} else {
					this.#askedKey = key;
					this.current = false;
					void this.#run(query, key, revision);
				}
				if (early && !this.#answeredKey) this.#showEarly(query, key, early, revision);
			});
		});
	}

	/**
	 * Shows the build's answer until the engine's own arrives (the same rows): checked by the same
	 * schema, and only for the question being asked and before any answer of the engine.
	 */
	#showEarly(query: Q, key: string, cols: Parameters<typeof parseRows>[0], revision: number): void {
		if (key !== this.#askedKey || this.rows !== undefined) return;
		try {
			this.rows = parseRows(cols, this.schema);
		} catch {
			return;
		}
		this.answered = query;
		this.revision = revision;
		this.current = true;
		// Nothing newer than these rows is awaited by the view (the engine's answer is the same).
		this.loading = false;
	}

	/** A kept answer to this very question, shown at once; an older question still running is ignored. */
	#show(query: Q, rows: Row[], key: string, revision: number): void {
		++this.#generation;
		this.#askedKey = key;
		this.loading = false;
		this.#accept(query, rows, key, revision);
	}

	/** The answer to `key` becomes the view's (and is kept, when the view keeps recent answers). */
	#accept(query: Q, rows: Row[], key: string, revision: number): void {
		this.rows = rows;
		this.answered = query;
		this.revision = revision;
		this.#answeredKey = key;
		this.current = true;
		this.error = undefined;
		this.answers++;
		if (this.remember > 0) {
			this.#kept.delete(key);
			this.#kept.set(key, { rows, query });
			if (this.#kept.size > this.remember) this.#kept.delete(this.#kept.keys().next().value!);
		}
	}

	/** Ask the same question again (after a failure). */
	retry(): void {
		if (this.source.revision() == null && this.source.reload) this.source.reload();
		else this.#attempt++;
	}

	async #run(query: Q, key: string, revision: number): Promise<void> {
		const generation = ++this.#generation;
		this.loading = true;
		try {
			const cols = await this.source.runner.run(query);
			const rows = parseRows(cols, this.schema);
			if (generation !== this.#generation) return;
			this.#accept(query, rows, key, revision);
		} catch (e) {
			if (generation !== this.#generation) return;
			// Asked again (retry, or the same question later) after a failure.
			this.#askedKey = '';
			this.error = failure(query as Query<unknown>, e);
			console.error(`Tertial: ${query.purpose}`, e);
		} finally {
			if (generation === this.#generation) this.loading = false;
		}
	}
}

/** One query for a view: `const areas = useQuery(() => budgetAreas(id, line), BudgetAreaRow)`. */
export function useQuery<Row, Q extends Query<Row> = Query<Row>>(
	input: () => Q | null,
	schema: $ZodType<Row>,
	/** Keep this many recent answers (a view whose user goes back and forth between selections). */
	options: { remember?: number } = {}
): LiveQuery<Row, Q> {
	return new LiveQuery<Row, Q>(input, schema, querySource(), options.remember);
}
