import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetAreaLines, budgetFigures } from '../../../src/lib/queries/budget-area-detail';
import { budgetAreas } from '../../../src/lib/queries/budget-areas';
import { budgetComparison } from '../../../src/lib/queries/budget-compare';
import { budgetHeadlines } from '../../../src/lib/queries/budget-headline';
import { budgetMovement } from '../../../src/lib/queries/budget-movement';
import { budgetReports } from '../../../src/lib/queries/budget-reports';
import { comparison } from '../../../src/lib/queries/compare';
import { domainFacts } from '../../../src/lib/queries/domain-facts';
import { evbDecisions, evbSummary } from '../../../src/lib/queries/evb';
import { goalStatus } from '../../../src/lib/queries/goals';
import { keyIndicators } from '../../../src/lib/queries/key-indicators';
import {
	compareMunicipalities,
	measureBreakdowns,
	measureOptions,
	normalisationAvailability
} from '../../../src/lib/queries/measure-options';
import { sickLeaveComparison, sickLeaveFigures } from '../../../src/lib/queries/sick-leave';
import { personalKommuner, staffingFigures } from '../../../src/lib/queries/staffing';
import {
	koladaBenchmark,
	koladaKpiInfo,
	koladaMatches,
	koladaPeerMembers
} from '../../../src/lib/queries/kolada-benchmark';
import { measureCatalogue, municipalityCoverage, reportList } from '../../../src/lib/queries/overview';
import { curationNotes } from '../../../src/lib/queries/curation-notes';
import type { Query, Sql } from '../../../src/lib/queries/sql';
import { NodeRunner } from '../../helpers/node-runner';
import { BUILT_DATA } from '../../helpers/paths';

/** Every query the app ships, with representative parameters: each must bind and run in DuckDB. */
const QUERIES: { purpose: string; sql: Sql; columns: readonly string[] }[] = [
	municipalityCoverage(),
	reportList(),
	measureCatalogue(),
	curationNotes(),
	budgetHeadlines(),
	budgetHeadlines('0881'),
	budgetReports(),
	budgetAreas('timra-2023-delar', 'net'),
	budgetAreas('nybro-2024-t2', 'personnel'),
	budgetAreaLines('timra-2023-delar', 'Hälso- och sjukvård'),
	budgetFigures('nybro-2024-t2', null),
	budgetFigures('timra-2023-delar', 'Individ- och familjeomsorg'),
	budgetComparison(null),
	budgetComparison('ifo'),
	budgetMovement('2085', 2023),
	measureOptions(),
	measureBreakdowns('sick_leave_total_pct'),
	normalisationAvailability('evb_count'),
	comparison({
		measure: 'sick_leave_total_pct',
		kommuner: ['0127', '0461'],
		fromYear: 2020,
		toYear: 2023,
		sex: 'K',
		ageBand: null,
		unitArea: null,
		norm: 'index',
		baseYear: 2021
	}),
	comparison({
		measure: 'evb_count',
		kommuner: [],
		fromYear: null,
		toYear: null,
		sex: 'T',
		ageBand: null,
		unitArea: 'SoL',
		norm: 'per_fte',
		baseYear: null
	}),
	goalStatus('0881', null),
	goalStatus('0461', 'gnesta-2023-delar'),
	keyIndicators('0461', 'sick_leave,staffing,caseload,senior_alert'),
	evbSummary('2085'),
	evbDecisions('2085'),
	domainFacts('senior_alert', '2262'),
	domainFacts('caseload', '0461', 'evb'),
	// Kolada's tables exist (empty) even without Kolada: these must bind either way.
	compareMunicipalities(),
	koladaBenchmark({ kpi: 'N00090', kommun: '2262', sex: 'T', area: 'övergripande' }),
	koladaKpiInfo('N00090', '2262'),
	koladaMatches('0461'),
	koladaPeerMembers('2262', 'äldreomsorg'),
	personalKommuner(),
	staffingFigures('0461'),
	sickLeaveFigures('0461', 'sex'),
	sickLeaveFigures('0127', 'age'),
	sickLeaveComparison('sick_leave_total_pct'),
	comparison({
		measure: 'kolada:N00090',
		kommuner: ['0000', '2262'],
		fromYear: null,
		toYear: null,
		sex: 'T',
		ageBand: null,
		unitArea: null,
		norm: 'none',
		baseYear: null
	}),
	comparison({
		measure: 'budget_net_deviation_year',
		kommuner: [],
		fromYear: null,
		toYear: null,
		sex: 'T',
		ageBand: null,
		unitArea: 'IFO',
		norm: 'pct_budget',
		baseYear: null
	})
];

let runner: NodeRunner;
beforeAll(async () => (runner = await NodeRunner.open(BUILT_DATA)));
afterAll(() => runner?.close());

describe.skipIf(!existsSync(join(BUILT_DATA, 'manifest.json')))(
	'every shipped query runs on the built extracts (native DuckDB)',
	() => {
		for (const q of QUERIES)
			it(`${q.purpose} [${q.sql.params.join(', ')}]`, async () => {
				const cols = await runner.run(q as Query<Record<string, unknown>>);
				expect(cols.length).toBeGreaterThanOrEqual(0);
				for (const c of q.columns) expect(Object.keys(cols)).toContain(c);
			});
	}
);
