import { beforeAll, describe, expect, it } from 'vitest';
import { adversarialCases, type Case } from '../../adversarial/cases';
import { importInNode } from '../../helpers/import-node';
import { choiceByKey } from '../../../src/lib/import/registry';

let cases: Case[] = [];
beforeAll(async () => {
	cases = await adversarialCases();
}, 60_000);

describe('adversarial files through read → map → validate (the worker’s code, in Node)', () => {
	it('has at least 60 files', () => expect(cases.length).toBeGreaterThanOrEqual(60));

	it('gives every file its expected outcome', async () => {
		const failures: string[] = [];
		// The systems' formats aggregate in DuckDB (not started here): the Chromium suite checks those.
		for (const c of cases.filter((c) => choiceByKey(c.formatKey)?.inWorker !== false)) {
			const r = await importInNode(c.bytes, c.file, c.formatKey);
			const e = c.expect;
			const got = !r.read
				? `refused: ${r.reason}`
				: r.validated.problems.length
					? `rejected: ${r.validated.problems.map((p) => `${p.row}/${p.column}/${p.reason}`).join(' | ')}`
					: `accepted ${r.validated.tables.reduce((s, t) => s + t.rows.length, 0)}`;
			if (e.outcome === 'refused') {
				if (r.read || !r.reason.includes(e.reason))
					failures.push(`${c.id}: expected refusal “${e.reason}”, got ${got}`);
			} else if (e.outcome === 'rejected') {
				const hit =
					r.read &&
					r.validated.problems.some((p) => p.row === e.row && p.column === e.column && p.reason.includes(e.reason));
				if (!hit) failures.push(`${c.id}: expected ${e.row}/${e.column}/${e.reason}, got ${got}`);
			} else {
				if (!r.read || r.validated.problems.length) {
					failures.push(`${c.id}: expected accepted, got ${got}`);
					continue;
				}
				const all = r.validated.tables.flatMap((t) => t.rows);
				const sum = all.reduce((s, x) => s + Number(x.value), 0);
				if (all.length !== e.rows || Math.abs(sum - e.sum) > 1e-9)
					failures.push(`${c.id}: expected ${e.rows} rows summing to ${e.sum}, got ${all.length} summing to ${sum}`);
				for (const [k, v] of Object.entries(e.first ?? {}))
					if (all[0]?.[k] !== v)
						failures.push(`${c.id}: first row ${k} = ${JSON.stringify(all[0]?.[k])}, expected ${JSON.stringify(v)}`);
				for (const x of all)
					if (x.source !== `user:${c.file}`) failures.push(`${c.id}: row cites ${String(x.source)}, not the file`);
			}
		}
		expect(failures).toEqual([]);
	}, 120_000);
});
