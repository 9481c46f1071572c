import { afterEach, describe, expect, it } from 'vitest';
import type { Query } from '../../src/lib/queries/sql';
import ReportEconomy from '../../src/routes/ekonomi/_ekonomi/ReportEconomy.svelte';
import { button, fakeRunner, render, settle } from './helpers/fake-source';
import { AREAS, REPORT } from './helpers/rows';

const AREAS_PURPOSE = 'budgetavvikelsen per verksamhetsområde';
const props = { report: REPORT, line: 'net' as const, area: null, reports: [REPORT] };
let destroy = () => {};
afterEach(() => destroy());

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('Ekonomi: the headline and the area table of a report', () => {
	it('shows the committee total and every area from the injected runner', async () => {
		const { runner, asked } = fakeRunner(() => AREAS);
		const view = await render(ReportEconomy, props, runner);
		destroy = view.destroy;
		const headline = view.target.querySelector('[data-testid="economy-headline"]');
		expect(text(headline)).toContain('Budget helår −500 000 tkr');
		expect(text(headline)).toContain('Prognos helår −512 345 tkr');
		expect(text(headline)).toContain('−12 345 tkr');
		expect(text(headline)).toContain('underskott');
		const table = view.target.querySelector('[data-testid="area-table"]');
		const rows = [...(table?.querySelectorAll('tbody tr') ?? [])].map((tr) => text(tr.querySelector('th')));
		expect(rows).toEqual([
			'Nämnden totalt',
			'Äldreomsorg Individ- och familjeomsorg',
			'Individ- och familjeomsorg Individ- och familjeomsorg'
		]);
		// The parameters are bound, never pasted: the report id travels as a parameter.
		expect(asked.every((q) => q.sql.params.includes(REPORT.report_id))).toBe(true);
		expect(view.target.textContent).not.toContain('Hämtar');
	});

	it('shows what failed, the SQL behind "Visa detaljer", and recovers on "Försök igen"', async () => {
		let fail = true;
		const { runner, asked } = fakeRunner((q: Query<unknown>) =>
			fail && q.purpose === AREAS_PURPOSE ? new Error('IO Error: table budget does not exist') : AREAS
		);
		const view = await render(ReportEconomy, props, runner);
		destroy = view.destroy;
		const notices = view.target.querySelectorAll('[data-testid="error-notice"]');
		expect(notices.length).toBe(2);
		expect(text(notices[0]?.querySelector('.title'))).toBe(`Kunde inte hämta ${AREAS_PURPOSE}.`);
		const details = notices[0]!.querySelector('details')!;
		expect(text(details.querySelector('summary'))).toBe('Visa detaljer');
		expect(details.textContent).toContain('IO Error: table budget does not exist');
		expect(details.textContent).toContain('FROM budget WHERE report_id = ?');
		// Never an endless spinner next to a failure.
		expect(view.target.textContent).not.toContain('Hämtar');
		expect(view.target.querySelector('[data-testid="economy-headline"]')).toBeNull();

		fail = false;
		const before = asked.length;
		button(view.target, 'Försök igen').click();
		await settle();
		button(view.target, 'Försök igen').click();
		await settle();
		expect(asked.length).toBe(before + 2);
		expect(view.target.querySelector('[data-testid="error-notice"]')).toBeNull();
		expect(view.target.querySelector('[data-testid="economy-headline"]')).not.toBeNull();
		expect(view.target.querySelector('[data-testid="area-table"]')).not.toBeNull();
	});

	it('rejects an answer that does not have the declared row shape', async () => {
		const { runner } = fakeRunner(() => AREAS.map((r) => ({ ...r, deviation_tkr: String(r.deviation_tkr) })));
		const view = await render(ReportEconomy, props, runner);
		destroy = view.destroy;
		const notice = view.target.querySelector('[data-testid="error-notice"]');
		expect(notice?.textContent).toContain('rad 1: kolumnen deviation_tkr');
		expect(view.target.querySelector('[data-testid="area-table"]')).toBeNull();
	});
});
