import { describe, expect, it } from 'vitest';
import { filtersFromUrl, fitBreakdown } from '../../src/routes/jamfor/filters';

const row = (sex: string, age_band: string | null, unit_area: string | null) => ({ measure: 'm', sex, age_band, unit_area, figures: 1, kommuner: 1 });

describe('Jämför filters', () => {
	it('reads the URL, accepting Kolada measure ids and rejecting anything else', () => {
		expect(filtersFromUrl(new URLSearchParams('matt=kolada:N00090&kommuner=0000,2262&norm=index&bas=2019'), 'x')).toMatchObject({
			measure: 'kolada:N00090', kommuner: ['0000', '2262'], norm: 'index', baseYear: 2019
		});
		expect(filtersFromUrl(new URLSearchParams("matt=x';DROP&norm=nope&kommuner=abc"), 'sick_leave_total_pct')).toMatchObject({
			measure: 'sick_leave_total_pct', kommuner: [], norm: 'none'
		});
	});

	it('keeps a breakdown the measure has, otherwise falls back to the first it has', () => {
		const f = filtersFromUrl(new URLSearchParams('matt=m'), 'm');
		expect(fitBreakdown(f, [row('T', null, null), row('K', null, null)])).toBe(f);
		expect(fitBreakdown(f, [row('T', null, 'SoL'), row('T', null, 'LSS')])).toMatchObject({ unitArea: 'SoL', sex: 'T' });
		expect(fitBreakdown({ ...f, sex: 'K' }, [row('T', null, 'SoL'), row('K', null, 'LSS')])).toMatchObject({ unitArea: 'LSS', sex: 'K' });
		expect(fitBreakdown(f, [])).toBe(f);
	});
});
