import { DuckDBInstance } from '@duckdb/node-api';

/**
 * SYNTHETIC benchmark data — never shipped, never loaded by default. Long-format sick-leave
 * rows (units × months × sex) in the extract's own column layout, marked synthetic in
 * `source` and `note` so it can never be mistaken for a real figure.
 */
export async function writeSyntheticSickLeave(path: string, rows: number): Promise<void> {
	const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
	const conn = await instance.connect();
	await conn.run(`COPY (
		SELECT 'SYNTETISK-benchmark' AS source, NULL::INTEGER AS line, NULL AS quote,
			lpad(CAST(100 + (i % 290) AS VARCHAR), 4, '0') AS kommun,
			(DATE '2015-01-01' + to_months(CAST((i // 290) % 96 AS INTEGER))) AS period_start,
			(DATE '2015-01-01' + to_months(CAST((i // 290) % 96 + 1 AS INTEGER)) - INTERVAL 1 DAY)::DATE AS period_end,
			'month' AS period_kind, 'syntetisk månad' AS period_label,
			'sick_leave_total_pct' AS measure, 'actual' AS value_kind, ['T','K','M'][1 + i % 3] AS sex, NULL AS age_band,
			'Enhet ' || (i // 27840) % 40 AS unit_area, NULL AS item, NULL AS detail,
			round(2 + (hash(i) % 1000) / 100.0, 1) AS value, '%' AS unit, CAST(5 + hash(i * 7) % 60 AS INTEGER) AS n,
			'syntetiska data för prestandamätning' AS note
		FROM range(${Math.floor(rows)}) t(i)
		ORDER BY kommun, period_start
	) TO '${path}' (FORMAT parquet, COMPRESSION zstd)`);
	conn.closeSync();
	instance.closeSync();
}
