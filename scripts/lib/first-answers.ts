// The data build's answers to each view's first questions at its default URL (static/data/
// first-answers.json): the same query builders, defaults and choices the views use, asked of native
// DuckDB over the built tables through the same protected views. The browser shows them only until
// its own engine answers (src/lib/db/first-answers.svelte.ts).
import { toRows, type Query, type Runner } from '../../src/lib/queries/sql';
import type { FirstAnswersFile } from '../../src/lib/db/first-answers.svelte';
import { appTableDeps } from '../../src/lib/db/protected-deps';
import { KOLADA_TABLES } from '../../src/lib/schema/kolada';
import { budgetReports } from '../../src/lib/queries/budget-reports';
import { budgetComparison } from '../../src/lib/queries/budget-compare';
import { budgetAreas } from '../../src/lib/queries/budget-areas';
import { municipalityCoverage, reportList } from '../../src/lib/queries/overview';
import { personalKommuner, staffingFigures } from '../../src/lib/queries/staffing';
import { sickLeaveComparison, sickLeaveFigures } from '../../src/lib/queries/sick-leave';
import { domainFacts } from '../../src/lib/queries/domain-facts';
import { comparison } from '../../src/lib/queries/compare';
import { measureBreakdowns, measureOptions, normalisationAvailability } from '../../src/lib/queries/measure-options';
import { sourceList } from '../../src/lib/queries/sources';
import { chosenLine, chosenReport } from '../../src/routes/ekonomi/_ekonomi/choice';
import { chosenKommun, stateFromUrl } from '../../src/routes/personal/_personal/filters';
import { chosenRapport, DOMAIN_SECTIONS } from '../../src/routes/rapport/_rapport/choice';
import { defaultMeasureOf, filtersFromUrl, fitBreakdown, fitNorm } from '../../src/routes/jamfor/filters';

type Answers = FirstAnswersFile['answers'];

/**
 * Asks what each view asks on arrival with nothing in its URL, in the order its answers lead it.
 * A question that reads Kolada is left out (and so is what follows from it): in the browser its
 * first answer depends on when Kolada arrives, so the build cannot know it.
 */
export async function firstAnswers(runner: Runner): Promise<Answers> {
	const deps = appTableDeps();
	const kolada = new Set<string>(KOLADA_TABLES);
	const answers = new Map<string, Answers[number]>();
	async function ask<Row>(query: Query<Row>): Promise<Row[] | undefined> {
		if ([...deps.tablesOf(query.sql.text)].some((t) => kolada.has(t))) return undefined;
		const cols = await runner.run(query);
		const { length, ...columns } = cols as unknown as { length: number } & Record<string, unknown[]>;
		answers.set(JSON.stringify(query.sql), { purpose: query.purpose, sql: query.sql, length, columns });
		return toRows(cols);
	}
	const none = new URLSearchParams();

	// Ekonomi: its reports, kommuner and comparison, then the chosen report's areas (the first chart).
	const reports = await ask(budgetReports());
	await ask(municipalityCoverage());
	await ask(budgetComparison(null));
	const { report } = chosenReport(reports ?? [], none.get('kommun'), none.get('rapport'));
	if (report?.follow_up) {
		await ask(budgetAreas(report.report_id, chosenLine(none.get('rad'))));
		await ask(budgetAreas(report.report_id, 'net'));
	}

	// Personal: the kommuner, then the chosen kommun's sick leave by sex and age (its first chart).
	const state = stateFromUrl(none);
	const kommun = chosenKommun((await ask(personalKommuner())) ?? [], state);
	await ask(sickLeaveComparison(state.measure));
	if (kommun) {
		await ask(sickLeaveFigures(kommun.kommun, 'sex'));
		await ask(sickLeaveFigures(kommun.kommun, 'age'));
		await ask(staffingFigures(kommun.kommun));
	}

	// Rapport: kommuner and reports, then the chosen kommun's domain sections (their trend charts).
	const coverage = (await ask(municipalityCoverage())) ?? [];
	const rapport = chosenRapport(coverage, (await ask(reportList())) ?? [], none.get('kommun'), none.get('rapport'));
	if (rapport.kommun)
		for (const d of DOMAIN_SECTIONS) await ask(domainFacts(d.table, rapport.kommun, d.exclude ?? null));

	// Jämför: our own measures, then the default measure's breakdowns and normalisations, then its comparison.
	const options = (await ask(measureOptions('own'))) ?? [];
	const url = filtersFromUrl(none, defaultMeasureOf(options));
	const measure = options.find((o) => o.measure === url.measure);
	const breakdowns = await ask(measureBreakdowns(url.measure));
	const availability = (await ask(normalisationAvailability(url.measure)))?.[0];
	// As the view: the comparison waits for the breakdowns, and for the normalisations unless "som redovisat".
	if (measure && measure.domain !== 'kolada' && breakdowns && (availability || url.norm === 'none')) {
		const known = availability?.measure === url.measure ? availability : undefined;
		await ask(comparison(fitNorm(fitBreakdown(url, breakdowns), known)));
	}

	// Data: the source documents (its first table; the rest of the page can wait for the engine).
	await ask(sourceList());
	return [...answers.values()];
}
