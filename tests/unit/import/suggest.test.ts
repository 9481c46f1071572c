import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/csv/parse';
import { normaliseHeader, parseAgeBand, parseMonth, parseNumber, parseQuarterEnd } from '../../../src/lib/import/cells';
import { FORMATS, TEMPLATE_FILES } from '../../../src/lib/import/formats';
import { detectFormat, headerUnit, suggestMapping } from '../../../src/lib/import/suggest';
import { ROOT } from '../../helpers/paths';

const byId = (id: string) => FORMATS.find((f) => f.id === id)!;

describe('reading cells as municipal exports write them', () => {
	it('headers without case, accents, spaces or units', () => {
		expect(normaliseHeader('\uFEFFUtfall (tkr)')).toBe('utfall');
		expect(normaliseHeader('  Sjukfrånvaro_dag 1-14 ')).toBe('sjukfranvaro dag 1 14');
	});
	it('months, quarters, numbers and age bands', () => {
		for (const m of ['2023-08', '202308', 'aug 2023', 'Augusti 2023', '2023-08-31', '08/2023', '2023 aug'])
			expect(parseMonth(m), m).toEqual({ year: 2023, month: 8 });
		expect(parseMonth('2023-13')).toBeNull();
		expect(parseQuarterEnd('2024 kv 1')).toBe('2024-03-31');
		expect(parseQuarterEnd('Q3 2023')).toBe('2023-09-30');
		expect(parseQuarterEnd('2024-06-30')).toBe('2024-06-30');
		expect(parseNumber('−32\u00a0915,5')).toBe(-32915.5);
		expect(parseNumber('1 250 000,00 kr')).toBe(1250000);
		expect(parseAgeBand('29 och yngre')).toBe('-29');
		expect(parseAgeBand('30–49 år')).toBe('30-49');
		expect(parseAgeBand('50+')).toBe('50-');
		expect(parseAgeBand('över 49')).toBe('50-');
	});
});

describe('suggestMapping and detectFormat', () => {
	it('maps Swedish and English headers, tolerant of case, accents and units', () => {
		const m = suggestMapping(
			['MÅNAD', 'Ansvar', 'Enhet', 'Verksamhet', 'Konto', 'Utfall (tkr)', 'Budget (tkr)', 'Prognos'],
			byId('ledger')
		);
		expect(m).toMatchObject({
			period: 'MÅNAD',
			ansvar: 'Ansvar',
			enhet: 'Enhet',
			verksamhet: 'Verksamhet',
			konto: 'Konto',
			utfall: 'Utfall (tkr)',
			budget: 'Budget (tkr)',
			prognos: 'Prognos',
			kommun: null
		});
		const en = suggestMapping(
			['Month', 'Unit', 'Gender', 'Age group', 'Sick hours', 'Scheduled hours', 'Employees'],
			byId('hr_sick_hours')
		);
		expect(en).toMatchObject({
			period: 'Month',
			enhet: 'Unit',
			sex: 'Gender',
			age_band: 'Age group',
			sick_hours: 'Sick hours',
			scheduled_hours: 'Scheduled hours',
			employees: 'Employees'
		});
		expect(headerUnit('Utfall (tkr)')).toBe('tkr');
		expect(headerUnit('Utfall')).toBeNull();
	});
	it('recognises each format from its own headers', () => {
		expect(detectFormat(['Period', 'Ansvar', 'Konto', 'Utfall', 'Budget'])?.id).toBe('ledger');
		expect(
			detectFormat(['Månad', 'Enhet', 'Kön', 'Ålder', 'Sjukfrånvarotimmar', 'Ordinarie arbetstid', 'Antal anställda'])
				?.id
		).toBe('hr_sick_hours');
		expect(detectFormat(['Månad', 'Enhet', 'Antal anställda', 'Årsarbetare', 'Avgångar'])?.id).toBe('staffing');
		expect(detectFormat(['Månad', 'Enhet', 'Antal riskbedömda', 'Risk för fall (%)'])?.id).toBe('senior_alert');
		expect(detectFormat(['Kvartal', 'Beslutsdatum', 'Lagrum', 'Typ av insats', 'Kön'])?.id).toBe('ivo_evb');
		expect(detectFormat(['kommun', 'period_start', 'period_end', 'measure', 'value', 'unit'])?.id).toBe('long');
		expect(detectFormat(['Namn', 'Adress'])).toBeNull();
	});
	it('ships a template per format: Swedish headers, semicolons, decimal comma, example rows, UTF-8 with BOM', () => {
		for (const f of FORMATS) {
			const file = readFileSync(join(ROOT, 'static', 'templates', TEMPLATE_FILES[f.id]), 'utf8');
			expect(file, f.id).toBe(`\uFEFF${f.templateCsv}`);
			const t = parseCsv(f.templateCsv);
			expect(t.delimiter).toBe(';');
			expect(t.rows.length).toBeGreaterThanOrEqual(2);
			expect(f.templateCsv).toMatch(/EXEMPEL/);
			if (f.id !== 'long' && f.id !== 'ivo_evb') expect(f.templateCsv).toMatch(/\d,\d/);
			expect(detectFormat(t.header)?.id, f.id).toBe(f.id);
			const m = suggestMapping(t.header, f);
			for (const field of f.fields.filter((x) => x.required)) expect(m[field.id], `${f.id}.${field.id}`).not.toBeNull();
			expect(f.guide.length).toBeGreaterThan(200);
		}
	});
});
