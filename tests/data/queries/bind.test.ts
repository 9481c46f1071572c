import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareFilters } from '../../helpers/compare-filters';
import type { $ZodType } from 'zod/v4/core';
import {
	budgetAreaLines,
	budgetFigures,
	BudgetFigureRow,
	BudgetLineRow
} from '../../../src/lib/queries/budget-area-detail';
import { budgetAreas, BudgetAreaRow } from '../../../src/lib/queries/budget-areas';
import { budgetComparison, BudgetCompareRow } from '../../../src/lib/queries/budget-compare';
import { budgetHeadlines, BudgetHeadlineRow } from '../../../src/lib/queries/budget-headline';
import { municipalityNames, MunicipalityNameRow } from '../../../src/lib/queries/municipality-names';
import { budgetMovement, BudgetMovementRow } from '../../../src/lib/queries/budget-movement';
import { budgetReports, BudgetReportRow } from '../../../src/lib/queries/budget-reports';
import { comparison, CompareRow } from '../../../src/lib/queries/compare';
import { domainFacts, DomainFactRow } from '../../../src/lib/queries/domain-facts';
import { evbDecisions, EvbDecisionRow, evbSummary, EvbSummaryRow } from '../../../src/lib/queries/evb';
import { goalStatus, GoalStatusRow } from '../../../src/lib/queries/goals';
import { keyIndicators, KeyIndicatorRow } from '../../../src/lib/queries/key-indicators';
import {
	BreakdownRow,
	compareMunicipalities,
	CompareMunicipalityRow,
	measureBreakdowns,
	measureOptions,
	MeasureOptionRow,
	normalisationAvailability,
	everyAvailability,
	NormAvailabilityRow
} from '../../../src/lib/queries/measure-options';
import { FigureRow, sickLeaveComparison, sickLeaveFigures } from '../../../src/lib/queries/sick-leave';
import { personalKommuner, PersonalKommunRow, staffingFigures } from '../../../src/lib/queries/staffing';
import {
	BenchmarkRow,
	koladaBenchmark,
	koladaKpiInfo,
	KoladaKpiInfoRow,
	koladaMatches,
	KoladaMatchRow,
	koladaPeerMembers,
	PeerMemberRow
} from '../../../src/lib/queries/kolada-benchmark';
import {
	measureCatalogue,
	MeasureCatalogueRow,
	municipalityCoverage,
	MunicipalityCoverageRow,
	reportList,
	ReportRow
} from '../../../src/lib/queries/overview';
import { curationNotes, CurationNoteRow } from '../../../src/lib/queries/curation-notes';
import { parseRows } from '../../../src/lib/queries/rows';
import type { Query } from '../../../src/lib/queries/sql';
import { NodeRunner } from '../../helpers/node-runner';
import { BUILT_DATA } from '../../helpers/paths';

/** Every query the app ships, with representative parameters and the row schema its view validates with. */
const QUERIES: (readonly [Query<never>, $ZodType])[] = [
	[municipalityCoverage(), MunicipalityCoverageRow],
	[reportList(), ReportRow],
	[measureCatalogue(), MeasureCatalogueRow],
	[curationNotes(), CurationNoteRow],
	[budgetHeadlines(), BudgetHeadlineRow],
	[budgetHeadlines('0881'), BudgetHeadlineRow],
	[municipalityNames(), MunicipalityNameRow],
	[budgetReports(), BudgetReportRow],
	[budgetAreas('timra-2023-delar', 'net'), BudgetAreaRow],
	[budgetAreas('nybro-2024-t2', 'personnel'), BudgetAreaRow],
	[budgetAreaLines('timra-2023-delar', 'Hälso- och sjukvård'), BudgetLineRow],
	[budgetFigures('nybro-2024-t2', null), BudgetFigureRow],
	[budgetFigures('timra-2023-delar', 'Individ- och familjeomsorg'), BudgetFigureRow],
	[budgetComparison(null), BudgetCompareRow],
	[budgetComparison('ifo'), BudgetCompareRow],
	[budgetMovement('2085', 2023), BudgetMovementRow],
	[measureOptions(), MeasureOptionRow],
	[measureBreakdowns('sick_leave_total_pct'), BreakdownRow],
	[normalisationAvailability('evb_count'), NormAvailabilityRow],
	[everyAvailability('own'), NormAvailabilityRow],
	[
		comparison(
			compareFilters('sick_leave_total_pct', {
				kommuner: ['0127', '0461'],
				fromYear: 2020,
				toYear: 2023,
				sex: 'K',
				norm: 'index',
				baseYear: 2021
			})
		),
		CompareRow
	],
	[comparison(compareFilters('evb_count', { unitArea: 'SoL', norm: 'per_fte' })), CompareRow],
	[goalStatus('0881', null), GoalStatusRow],
	[goalStatus('0461', 'gnesta-2023-delar'), GoalStatusRow],
	[keyIndicators('0461', 'sick_leave,staffing,caseload,senior_alert'), KeyIndicatorRow],
	[evbSummary('2085'), EvbSummaryRow],
	[evbDecisions('2085'), EvbDecisionRow],
	[domainFacts('senior_alert', '2262'), DomainFactRow],
	[domainFacts('caseload', '0461', 'evb'), DomainFactRow],
	// Kolada's tables exist (empty) even without Kolada: these must bind either way.
	[compareMunicipalities(), CompareMunicipalityRow],
	[koladaBenchmark({ kpi: 'N00090', kommun: '2262', sex: 'T', area: 'övergripande' }), BenchmarkRow],
	[koladaKpiInfo('N00090', '2262'), KoladaKpiInfoRow],
	[koladaMatches('0461'), KoladaMatchRow],
	[koladaPeerMembers('2262', 'äldreomsorg'), PeerMemberRow],
	[personalKommuner(), PersonalKommunRow],
	[staffingFigures('0461'), FigureRow],
	[sickLeaveFigures('0461', 'sex'), FigureRow],
	[sickLeaveFigures('0127', 'age'), FigureRow],
	[sickLeaveComparison('sick_leave_total_pct'), FigureRow],
	[comparison(compareFilters('kolada:N00090', { kommuner: ['0000', '2262'] })), CompareRow],
	[comparison(compareFilters('budget_net_deviation_year', { norm: 'pct_budget' })), CompareRow]
];

/** Kolada's values are not among the built extracts opened here (tests/data/kolada-*.test.ts cover them). */
const mayBeEmpty = (q: Query<never>) => /Kolada/.test(q.purpose) || q.sql.params.includes('kolada:N00090');

let runner: NodeRunner;
beforeAll(async () => (runner = await NodeRunner.open(BUILT_DATA)));
afterAll(() => runner?.close());

describe('every shipped query runs on the built extracts (native DuckDB) and answers in its view’s row shape', () => {
	for (const [q, schema] of QUERIES)
		it(`${q.purpose} [${q.sql.params.join(', ')}]`, async () => {
			const rows = parseRows(await runner.run(q), schema);
			if (!mayBeEmpty(q)) expect(rows.length, 'an empty answer proves nothing').toBeGreaterThan(0);
		});
});
