import { safeParse } from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import type { Columns } from './sql';

/** A result row that does not match its declared shape: which row, which column, what was wrong. */
export class RowShapeError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'RowShapeError';
	}
}

/**
 * Columns → row objects, each checked against the query's row schema (the one reshaping step).
 * Any zod schema (classic or mini) is accepted; zod/mini keeps the main thread's bundle small.
 */
export function parseRows<Row>(cols: Columns<unknown>, schema: $ZodType<Row>): Row[] {
	const names = Object.keys(cols).filter((k) => k !== 'length');
	const out: Row[] = new Array(cols.length);
	for (let i = 0; i < cols.length; i++) {
		const raw: Record<string, unknown> = {};
		for (const n of names) raw[n] = (cols as unknown as Record<string, unknown[]>)[n]![i];
		const parsed = safeParse(schema, raw);
		if (!parsed.success) {
			const issue = parsed.error.issues[0];
			const where = issue?.path.length ? `kolumnen ${issue.path.join('.')}` : 'raden';
			// zod/mini loads no message locale: the expected type is named here instead.
			const expected = issue?.code === 'invalid_type' ? ` (väntade ${issue.expected})` : '';
			throw new RowShapeError(`rad ${i + 1}: ${where}: ${issue?.message ?? 'oväntat värde'}${expected}`);
		}
		out[i] = parsed.data;
	}
	return out;
}
