import { describe, expect, it } from 'vitest';
import type { MappedRow } from '../../../src/lib/import/format';
import { LEDGER, ledgerFormat } from '../../../src/lib/import/formats/ledger';
import { accountLine, areaOf, RS_AREAS, rsArea } from '../../../src/lib/import/formats/ledger-mapping';
import { BudgetSourceRow } from '../../../src/lib/schema/budget-row';

// Synthetic ledger (not a real kommun's figures), written as a bookkeeping export does: costs +, revenue −, kronor.
const rows = (cells: Record<string, string>[]): MappedRow[] => cells.map((c, i) => ({ row: i + 2, cells: c }));
const r = (
	period: string,
	verksamhet: string,
	enhet: string,
	konto: string,
	utfall: string,
	budget: string,
	prognos = ''
) => ({
	period,
	verksamhet,
	enhet,
	konto,
	utfall,
	budget,
	prognos
});
const FILE = rows([
	r('2024-01', '511 Hemtjänst', 'Hemtjänst Norr', '5011', '100 000', '90 000'),
	r('2024-01', '511 Hemtjänst', 'Hemtjänst Norr', '3110', '−20 000', '-25 000'),
	r('2024-02', '511 Hemtjänst', 'Hemtjänst Norr', '5011', '110000', '90000', '1 200 000'),
	r('2024-02', '511 Hemtjänst', 'Hemtjänst Norr', '3110', '-20000', '-25000', '-290 000'),
	r('2024-02', '520', 'Gruppbostad Solen', '6410', '30 500', '40000'),
	r('2024-03', '511 Hemtjänst', 'Hemtjänst Norr', '5011', '', '90000'),
	r('2024-02', '511', 'Hemtjänst Norr', '1510', '5', '5')
]);

const pick = (out: Record<string, unknown>[], report: string, area: string, line: string, kind: string) =>
	out.filter(
		(o) =>
			String(o.report_id).startsWith(report) &&
			o.area_label === area &&
			o.budget_line === line &&
			o.amount_kind === kind
	);

describe('ledger format', () => {
	it('maps Kommun-Bas classes and RS codes', () => {
		expect(accountLine('3110')).toBe('revenue');
		expect(accountLine('4510')).toBe('other_costs');
		expect(accountLine('5011')).toBe('personnel');
		expect(accountLine('7810')).toBe('other_costs');
		expect(accountLine('8410')).toBe('other');
		expect(accountLine('1510')).toBe('exclude');
		expect(accountLine('4711', { accounts: { '47': 'revenue' } })).toBe('revenue');
		expect(areaOf({ verksamhet: '511 Hemtjänst' }).area_std).toBe('aldreomsorg_hemtjanst');
		expect(areaOf({ verksamhet: '510', verksamhet_namn: 'Särskilt boende' }).area_std).toBe(
			'aldreomsorg_sarskilt_boende'
		);
		expect(areaOf({ verksamhet: '520' }).area_std).toBe('lss_sfb');
		expect(areaOf({ verksamhet: '571' }).area_std).toBe('ifo');
		expect(areaOf({ verksamhet: '100' }).area_std).toBe('politisk_verksamhet');
		expect(areaOf({ verksamhet: 'X1', ansvar: 'Okänt' }).area_std).toBe('ovrigt');
		expect(areaOf({ verksamhet: 'X1' }, { areas: { X1: 'ifo' } })).toEqual({ area_std: 'ifo', how: 'egen' });
	});

	it('pins the RS activity table: the codes checked against SCB land in their area, the rest are not guessed', () => {
		expect(RS_AREAS.map((r) => [r.from, r.to, r.area])).toEqual([
			[100, 199, 'politisk_verksamhet'],
			[500, 509, 'halso_sjukvard'],
			[513, 513, 'lss_sfb'],
			[510, 519, 'aldreomsorg_ovrigt'],
			[520, 529, 'lss_sfb'],
			[530, 549, 'ovrigt'],
			[550, 599, 'ifo'],
			[600, 699, 'ovrigt'],
			[800, 899, 'ovrigt']
		]);
		// SCB's RS activity codes (TAB4199 labels) → our standard areas.
		const scb: [string, string][] = [
			['100', 'politisk_verksamhet'],
			['130', 'politisk_verksamhet'],
			['500', 'halso_sjukvard'],
			['505', 'halso_sjukvard'],
			['510', 'aldreomsorg_ovrigt'],
			['513', 'lss_sfb'],
			['520', 'lss_sfb'],
			['530', 'ovrigt'],
			['559', 'ifo'],
			['569', 'ifo'],
			['571', 'ifo'],
			['575', 'ifo'],
			['585', 'ifo'],
			['600', 'ovrigt'],
			['610', 'ovrigt'],
			['865', 'ovrigt'],
			['51310', 'lss_sfb']
		];
		for (const [code, area] of scb) expect([code, rsArea(code)]).toEqual([code, area]);
		// Not verified against SCB: no area from the code; the name decides, else Övrigt, counted as unknown.
		expect(rsArea('910')).toBeNull();
		expect(areaOf({ verksamhet: '910', verksamhet_namn: 'Förvaltningsgemensam administration' }).area_std).toBe(
			'ledning_administration'
		);
		expect(areaOf({ verksamhet: '910' })).toEqual({ area_std: 'ovrigt', how: 'okänd' });
		expect(areaOf({ verksamhet: '512', verksamhet_namn: 'Särskilt boende' }).area_std).toBe(
			'aldreomsorg_sarskilt_boende'
		);
		expect(areaOf({ verksamhet: '505', verksamhet_namn: 'Hemsjukvård' }).area_std).toBe('halso_sjukvard');
	});

	it('derives period and forecast figures in tkr with our sign (costs −, deviation + = favourable)', async () => {
		const res = await LEDGER.transform(FILE, { file: 'huvudbok.csv', kommun: '1280' });
		expect(res.problems).toEqual([{ row: 8, column: 'Konto', reason: expect.stringMatching(/balanskonto/) }]);
		const out = res.tables[0]!.rows;
		for (const o of out) expect(BudgetSourceRow.safeParse(o).success).toBe(true);
		// February report (jan–feb): personnel outcome = −(100 000 + 110 000) kr = −210 tkr; budget −180 tkr.
		const feb = 'egen-1280-2024-02';
		expect(pick(out, feb, 'Äldreomsorg – hemtjänst', 'personnel', 'outcome_period')[0]?.amount_tkr).toBe(-210);
		expect(pick(out, feb, 'Äldreomsorg – hemtjänst', 'personnel', 'deviation_period')[0]?.amount_tkr).toBe(-30);
		// Revenue 40 tkr vs budget 50 tkr: −10 (unfavourable).
		expect(pick(out, feb, 'Äldreomsorg – hemtjänst', 'revenue', 'deviation_period')[0]?.amount_tkr).toBe(-10);
		// Net of the committee: 40 − 210 − 30,5 = −200,5 tkr; budget 50 − 180 − 40 = −170.
		expect(pick(out, feb, 'Nämnden totalt', 'net', 'outcome_period')[0]?.amount_tkr).toBe(-200.5);
		expect(pick(out, feb, 'Nämnden totalt', 'net', 'deviation_period')[0]?.amount_tkr).toBe(-30.5);
		// Annual budget is unknown (budget for three months only), so no forecast deviation.
		expect(pick(out, feb, 'Nämnden totalt', 'net', 'budget_year')).toEqual([]);
		expect(pick(out, feb, 'Äldreomsorg – hemtjänst', 'net', 'forecast_year')[0]?.amount_tkr).toBe(-910);
		// The unit is a "varav" row of its area.
		expect(pick(out, feb, 'Gruppbostad Solen', 'costs', 'outcome_period')[0]).toMatchObject({
			parent_area_label: 'LSS/SFB',
			area_std: 'lss_sfb',
			amount_tkr: -30.5
		});
		// March has budget but no outcome yet: no March report.
		expect(out.some((o) => String(o.report_id).startsWith('egen-1280-2024-03'))).toBe(false);
	});

	it('derives the annual budget and forecast deviation when the file has them', async () => {
		const months = Array.from({ length: 12 }, (_, i) => `2023-${String(i + 1).padStart(2, '0')}`);
		const file = rows(
			months.map((m, i) => ({
				period: m,
				verksamhet: '571',
				konto: '4510',
				utfall: i < 8 ? '12' : '',
				budget: '10',
				prognos: i === 7 ? '150' : '',
				belopp_enhet: 'tkr'
			}))
		);
		const out = (await ledgerFormat().transform(file, { file: 'ifo.csv', kommun: '0180' })).tables[0]!.rows;
		const aug = 'egen-0180-2023-08';
		const get = (kind: string) => pick(out, aug, 'Individ- och familjeomsorg', 'other_costs', kind)[0]?.amount_tkr;
		expect([get('outcome_period'), get('budget_period'), get('deviation_period')]).toEqual([-96, -80, -16]);
		expect([get('budget_year'), get('forecast_year'), get('deviation_forecast')]).toEqual([-120, -150, -30]);
		expect(out.find((o) => o.report_id === `${aug}-ifo-csv`)).toMatchObject({
			period_kind: 'ytd',
			period_label: 'jan–aug 2023'
		});
	});

	it('agrees in sign with a document row (Timrå delår jan–aug 2023, KOSTNADER −392 928 / −423 216 / −30 288 tkr, l. 2144)', async () => {
		// The same totals as a bookkeeping export writes them: costs positive, in tkr, spread over eight months.
		const file = rows(
			Array.from({ length: 8 }, (_, i) => ({
				period: `2023-0${i + 1}`,
				konto: '6410',
				utfall: i === 0 ? '423216' : '0',
				budget: i === 0 ? '392928' : '0',
				belopp_enhet: 'tkr'
			}))
		);
		const out = (await LEDGER.transform(file, { file: 't.csv', kommun: '2262' })).tables[0]!.rows;
		const get = (kind: string) => pick(out, 'egen-2262-2023-08', 'Nämnden totalt', 'costs', kind)[0]?.amount_tkr;
		expect([get('budget_period'), get('outcome_period'), get('deviation_period')]).toEqual([-392928, -423216, -30288]);
	});

	it('reads what Excel and ledger systems write: kommun without its zero, month names, U+2212, NBSP, units', async () => {
		const file = rows([
			{
				kommun: '881',
				period: 'aug 2024',
				ansvar: '4110 Hemtjänst Öst',
				konto: '5011 Månadslön',
				utfall: '1\u00a0000',
				budget: '900',
				belopp_enhet: 'TKR'
			},
			{
				kommun: '0881',
				period: '202408',
				ansvar: '4110 Hemtjänst Öst',
				konto: '3110',
				utfall: '\u2212200',
				budget: '−250',
				belopp_enhet: 'tkr'
			},
			{ kommun: '88', period: '2024-08', konto: '5011', utfall: '1', belopp_enhet: 'tkr' },
			{ kommun: '0881', period: 'augusti', konto: 'X9', utfall: 'ett', belopp_enhet: 'dollar' }
		]);
		const res = await LEDGER.transform(file, { file: 'x.csv' });
		expect(res.problems.map((p) => `${p.row}:${p.column}`)).toEqual([
			'4:Kommunkod',
			'5:Månad',
			'5:Konto',
			'5:Beloppsenhet',
			'5:Utfall'
		]);
		const out = res.tables[0]!.rows;
		// Costs +1 000 and revenue −200 as written: the bookkeeping sign is recognised and turned.
		const get = (line: string, kind: string) =>
			pick(out, 'egen-0881-2024-08', 'Äldreomsorg – hemtjänst', line, kind)[0]?.amount_tkr;
		expect([
			get('personnel', 'outcome_period'),
			get('revenue', 'outcome_period'),
			get('net', 'deviation_period')
		]).toEqual([-1000, 200, -150]);
		expect(pick(out, 'egen-0881-2024-08', '4110 Hemtjänst Öst', 'net', 'outcome_period')[0]?.parent_area_label).toBe(
			'Äldreomsorg – hemtjänst'
		);
	});
});
