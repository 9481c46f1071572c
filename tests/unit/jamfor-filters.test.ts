import { describe, expect, it } from 'vitest';
import { filtersFromUrl, fitBreakdown, fitNorm, shownUnit } from '../../src/routes/jamfor/filters';

const row = (sex: string, age_band: string | null, unit_area: string | null) => ({
	measure: 'm',
	sex,
	age_band,
	unit_area,
	figures: 1,
	kommuner: 1
});

describe('Jämför filters', () => {
	it('reads the URL, accepting Kolada measure ids and rejecting anything else', () => {
		expect(
			filtersFromUrl(new URLSearchParams('matt=kolada:N00090&kommuner=0000,2262&norm=index&bas=2019'), 'x')
		).toMatchObject({
			measure: 'kolada:N00090',
			kommuner: ['0000', '2262'],
			norm: 'index',
			baseYear: 2019
		});
		expect(
			filtersFromUrl(new URLSearchParams("matt=x';DROP&norm=nope&kommuner=abc"), 'sick_leave_total_pct')
		).toMatchObject({
			measure: 'sick_leave_total_pct',
			kommuner: [],
			norm: 'none'
		});
	});

	it('keeps a breakdown the measure has, otherwise falls back to the first it has', () => {
		const f = filtersFromUrl(new URLSearchParams('matt=m'), 'm');
		expect(fitBreakdown(f, [row('T', null, null), row('K', null, null)])).toBe(f);
		expect(fitBreakdown(f, [row('T', null, 'SoL'), row('T', null, 'LSS')])).toMatchObject({
			unitArea: 'SoL',
			sex: 'T'
		});
		expect(fitBreakdown({ ...f, sex: 'K' }, [row('T', null, 'SoL'), row('K', null, 'LSS')])).toMatchObject({
			unitArea: 'LSS',
			sex: 'K'
		});
		expect(fitBreakdown(f, [])).toBe(f);
	});

	it('drops a normalisation from the URL that the measure cannot support, keeps one it can', () => {
		const a = {
			measure: 'm',
			per_fte: 0,
			per_1000_inv: 4,
			per_1000_inv65: 0,
			pct_budget: 0,
			periods: 1,
			first_year: 2021,
			last_year: 2021
		};
		const f = filtersFromUrl(new URLSearchParams('matt=m&norm=per_fte'), 'm');
		expect(fitNorm(f, a)).toMatchObject({ norm: 'none' });
		expect(fitNorm({ ...f, norm: 'per_1000_inv' }, a)).toMatchObject({ norm: 'per_1000_inv' });
		expect(fitNorm({ ...f, norm: 'index', baseYear: 2021 }, a)).toMatchObject({ norm: 'none', baseYear: null });
		expect(fitNorm({ ...f, norm: 'pct_budget' }, { ...a, pct_budget: 3 })).toMatchObject({ norm: 'pct_budget' });
		expect(fitNorm(f, undefined)).toBe(f); // not known yet: the choice stands
	});

	it('spells out the unit of every normalised axis', () => {
		expect(shownUnit('tkr', 'pct_budget')).toBe('% av budget');
		expect(shownUnit('antal', 'per_1000_inv65')).toBe('antal per 1 000 invånare 65+');
	});
});
