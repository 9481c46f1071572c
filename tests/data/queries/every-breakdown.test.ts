import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	everyAvailability,
	everyBreakdown,
	measureBreakdowns,
	noAvailability,
	normalisationAvailability
} from '../../../src/lib/queries/measure-options';
import { toRows } from '../../../src/lib/queries/sql';
import { NodeRunner } from '../../helpers/node-runner';
import { BUILT_DATA } from '../../helpers/paths';

/** Every measure's breakdowns (and normalisations) in one answer are each measure's own answer. Built data (and Kolada when imported). */
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

describe("every measure's normalisations at once", () => {
	it('give each of our measures the row normalisationAvailability() gives it (none: nothing to normalise)', async () => {
		const every = toRows(await db.run(everyAvailability('own')));
		expect(every.length).toBeGreaterThan(measures.length / 2);
		// Some measure may be divided by staff, population or budget, so the counts are really compared.
		expect(every.some((a) => a.per_fte > 0)).toBe(true);
		expect(every.some((a) => a.pct_budget > 0)).toBe(true);
		for (const { measure } of measures) {
			const [own] = toRows(await db.run(normalisationAvailability(measure)));
			expect(every.find((a) => a.measure === measure) ?? noAvailability(measure), measure).toEqual(own);
		}
	});

	it.runIf(existsSync(KOLADA))('and each Kolada KPI its own', async () => {
		const every = toRows(await db.run(everyAvailability('kolada')));
		expect(every.length).toBeGreaterThan(5);
		for (const a of every) expect(a).toEqual(toRows(await db.run(normalisationAvailability(a.measure)))[0]);
	});
});
