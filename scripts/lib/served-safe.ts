import { DuckDBInstance } from '@duckdb/node-api';
import { join } from 'node:path';
import { buildProtectedFacts } from '../../src/lib/db/protect';
import { KPI_TABLES } from '../../src/lib/schema/table-names';
import { listPartitions, writePartitions, type Partition, type PartitionedTable } from './hive-partitions';
import { NodeRunner } from './node-runner';

export type ServedSafeOptions = {
	/** The folder of the raw KPI extracts (never served) and their manifest entries. */
	restricted: string;
	raw: Record<string, { partitions?: Partition[] }>;
	/** The measure catalogue (its domains mark the sensitive rows). */
	measures: string;
	/** The served folder, and the protected facts' folder name in it. */
	out: string;
	name: string;
	/** Raw rows protected at a time: kommuner are batched up to this many (one kommun is never split). */
	batchRows?: number;
	threads?: number;
};

const q = (s: string) => `'${s.replaceAll("'", "''")}'`;

/**
 * The protected facts a partitioned data set serves (`served_safe`): built here by the rule the
 * browser runs (src/lib/db/protect.ts), so no browser ever receives a raw sensitive row of served
 * data, nor spends its first seconds protecting it. Each kommun is protected over all its years at
 * once (a selection of years then holds part of one protected answer: the same figures whatever
 * years are chosen), a batch of kommuner at a time: a cell never spans two kommuner. Only a
 * document line quoted by several kommuner ties them (a hidden figure takes the quote off the
 * others): then all are protected together.
 */
export async function writeServedSafe(o: ServedSafeOptions): Promise<PartitionedTable> {
	const rowsOf = new Map<string, number>();
	const filesOf = new Map<string, Map<string, string[]>>();
	for (const t of KPI_TABLES)
		for (const p of o.raw[t]?.partitions ?? []) {
			rowsOf.set(p.kommun, (rowsOf.get(p.kommun) ?? 0) + p.rows);
			const byTable = filesOf.get(p.kommun) ?? filesOf.set(p.kommun, new Map()).get(p.kommun)!;
			byTable.set(t, [...(byTable.get(t) ?? []), join(o.restricted, p.file)]);
		}
	const kommuner = [...rowsOf.keys()].sort();
	const batches = (await sharedLines(o)) ? [kommuner] : batch(kommuner, rowsOf, o.batchRows ?? 2_000_000);
	let result: PartitionedTable | undefined;
	for (const [i, kommunBatch] of batches.entries()) {
		const instance = await DuckDBInstance.create(':memory:', { threads: String(o.threads ?? 2) });
		const conn = await instance.connect();
		try {
			await conn.run('CREATE SCHEMA restricted');
			await conn.run(`CREATE TABLE measures AS SELECT * FROM read_parquet(${q(o.measures)})`);
			for (const t of KPI_TABLES) {
				const files = kommunBatch.flatMap((k) => filesOf.get(k)?.get(t) ?? []);
				if (files.length > 0)
					await conn.run(
						`CREATE TABLE restricted."${t}" AS SELECT * EXCLUDE (year) FROM read_parquet([${files.map(q).join(', ')}])`
					);
			}
			await buildProtectedFacts(NodeRunner.on(conn));
			await writePartitions(conn, 'SELECT *, year(period_start) AS year FROM kpi_safe', o.out, o.name, i > 0);
			if (i === batches.length - 1) result = await listPartitions(conn, o.out, o.name);
		} finally {
			conn.closeSync();
			instance.closeSync();
		}
	}
	if (!result) throw new Error('served_safe: inga råa extrakt att skydda');
	return result;
}

/** Whether any document line is quoted by rows of more than one kommun. */
async function sharedLines(o: ServedSafeOptions): Promise<boolean> {
	const files = KPI_TABLES.flatMap((t) => (o.raw[t]?.partitions ?? []).map((p) => join(o.restricted, p.file)));
	if (files.length === 0) return false;
	const instance = await DuckDBInstance.create(':memory:', { threads: String(o.threads ?? 2) });
	const conn = await instance.connect();
	try {
		// A line is shared only within a source several kommuner quote: only those sources are looked at line by line.
		const r =
			await conn.runAndReadAll(`WITH rows AS (SELECT kommun, coalesce(source, '') AS source, line FROM read_parquet([${files.map(q).join(', ')}])
				WHERE line IS NOT NULL),
			shared AS (SELECT source FROM rows GROUP BY source HAVING count(DISTINCT kommun) > 1)
			SELECT count(*)::INTEGER FROM (SELECT source, line FROM rows SEMI JOIN shared USING (source)
				GROUP BY source, line HAVING count(DISTINCT kommun) > 1)`);
		return Number(r.getRows()[0]![0]) > 0;
	} finally {
		conn.closeSync();
		instance.closeSync();
	}
}

/** Kommuner in code order, cut into batches of at most `max` rows (a larger kommun is a batch of its own). */
function batch(kommuner: string[], rows: Map<string, number>, max: number): string[][] {
	const out: string[][] = [];
	let current: string[] = [];
	let n = 0;
	for (const k of kommuner) {
		const r = rows.get(k) ?? 0;
		if (current.length > 0 && n + r > max) {
			out.push(current);
			current = [];
			n = 0;
		}
		current.push(k);
		n += r;
	}
	if (current.length > 0) out.push(current);
	return out;
}
