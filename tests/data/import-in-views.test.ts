import { shapeRows } from '../../src/lib/schema/shape';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MappedRow } from '../../src/lib/import/format';
import { HR_SICK_HOURS } from '../../src/lib/import/formats/hr-sick-hours';
import { inputRelation, joinSql } from '../../src/lib/import/sql-input';
import { sickLeaveFigures } from '../../src/lib/queries/sick-leave';
import { toRows } from '../../src/lib/queries/sql';
import { COLUMNS } from '../../src/lib/schema/columns';
import { NodeRunner } from '../helpers/node-runner';
import { BUILT_DATA } from '../helpers/paths';

// A synthetic HR extract for a kommun outside the documents, loaded beside the documents' figures
// and read back through Personal's own query: named, weighted, and small groups protected.
let db: NodeRunner;
const ready = existsSync(join(BUILT_DATA, 'sick_leave.parquet'));
beforeAll(async () => {
	if (!ready) return;
	db = await NodeRunner.open(BUILT_DATA);
	const rows: MappedRow[] = [];
	for (const [i, month] of ['2024-01', '2024-02'].entries()) {
		rows.push({
			row: 2 + i * 2,
			cells: { period: month, enhet: 'Liten enhet', sex: 'K', sick_hours: '30', scheduled_hours: '300', employees: '4' }
		});
		rows.push({
			row: 3 + i * 2,
			cells: {
				period: month,
				enhet: 'Stor enhet',
				sex: 'K',
				sick_hours: '150',
				scheduled_hours: '3000',
				employees: '30'
			}
		});
	}
	// Shaped as the import pipeline shapes them (the statement columns), then into the raw extract.
	const out = shapeRows(
		'sick_leave',
		(await HR_SICK_HOURS.transform(rows, { file: 'hr.csv', kommun: '2584', runner: db })).tables[0]!.rows
	);
	const cols = COLUMNS.sick_leave;
	const rel = inputRelation(
		Object.fromEntries(
			Object.entries(cols).map(([c, t]) => [
				c,
				{ type: t as 'VARCHAR', values: out.map((o) => (o[c] == null ? null : String(o[c]))) }
			])
		)
	);
	const q = joinSql('INSERT INTO restricted.sick_leave BY NAME SELECT * FROM ', rel);
	await db.conn.run(q.text, q.params as never);
	await db.createViews();
});
afterAll(() => db?.close());

describe.skipIf(!ready)('own sick-leave figures in the Personal query', () => {
	it('shows the kommun by name with the hour-weighted committee figure', async () => {
		const fig = toRows(await db.run(sickLeaveFigures('2584', 'total')));
		const feb = fig.find((f) => f.measure === 'sick_leave_total_pct' && f.period_label === 'feb 2024')!;
		// (30 + 150) / (300 + 3 000) = 5,4545 %.
		expect(feb).toMatchObject({ name: 'Kiruna', value: 5.4545, n: 34, suppressed: false });
		expect(feb.change).toBe(0);
	});
	it('protects a unit of four employees and its complement', async () => {
		const fig = toRows(await db.run(sickLeaveFigures('2584', 'unit')));
		const feb = fig.filter((f) => f.measure === 'sick_leave_total_pct' && f.period_label === 'feb 2024' && f.unit_area);
		expect(feb.find((f) => f.unit_area === 'Liten enhet')).toMatchObject({
			value: null,
			suppressed: true,
			suppression: 'primary'
		});
		// Otherwise the large unit and the total would give the small one away.
		expect(feb.find((f) => f.unit_area === 'Stor enhet')).toMatchObject({
			value: null,
			suppressed: true,
			suppression: 'complementary'
		});
	});
});
