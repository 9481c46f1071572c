import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { everyBreakdown, measureBreakdowns } from '../../../src/lib/queries/measure-options';
import { toRows } from '../../../src/lib/queries/sql';
import { NodeRunner } from '../../helpers/node-runner';
import { BUILT_DATA } from '../../helpers/paths';

/** Every measure's breakdowns in one answer are each measure's own answer. Built data (and Kolada when imported). */
const KOLADA = join(BUILT_DATA, 'kolada');
let db: NodeRunner;
let measures: { measure: string }[];
beforeAll(async () => {
	db = await NodeRunner.open(BUILT_DATA, existsSync(KOLADA) ? [KOLADA] : []);
	const own = await db.all({ text: 'SELECT measure FROM measures ORDER BY measure', params: [] });
	measures = own as typeof measures;
});
afterAll(() => db?.close());

describe("every measure's breakdowns at once", () => {
	it('give each of our measures the rows measureBreakdowns() gives it, in the same order', async () => {
		const every = toRows(await db.run(everyBreakdown('own')));
		expect(every.length).toBeGreaterThan(measures.length / 2);
		for (const { measure } of measures)
			expect(
				every.filter((b) => b.measure === measure),
				measure
			).toEqual(toRows(await db.run(measureBreakdowns(measure))));
	});

	it.runIf(existsSync(KOLADA))('and each Kolada KPI its own', async () => {
		const every = toRows(await db.run(everyBreakdown('kolada')));
		const kpis = [...new Set(every.map((b) => b.measure))];
		expect(kpis.length).toBeGreaterThan(5);
		for (const measure of kpis)
			expect(every.filter((b) => b.measure === measure)).toEqual(toRows(await db.run(measureBreakdowns(measure))));
	});
});
