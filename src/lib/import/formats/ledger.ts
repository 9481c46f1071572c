import type { FieldSpec, ImportFormat, ImportResult, MappedRow } from '../format';
import { parseNumber } from '../cells';
import { Problems, rowKommun, rowMonth } from '../rows';
import { deriveReports, type LedgerEntry } from './ledger-derive';
import { accountLine, areaOf, type LedgerMapping } from './ledger-mapping';
import { LEDGER_GUIDE, LEDGER_TEMPLATE } from './ledger-text';

export const LEDGER_FIELDS: FieldSpec[] = [
	{
		id: 'kommun',
		label: 'Kommunkod',
		required: false,
		kind: 'kommun',
		synonyms: ['kommun', 'kommunkod', 'kommun kod', 'municipality', 'municipality code'],
		help: 'Behövs bara om filen har flera kommuner; annars väljer du kommun för hela filen.'
	},
	{
		id: 'period',
		label: 'Månad',
		required: true,
		kind: 'period',
		synonyms: [
			'period',
			'manad',
			'man',
			'bokforingsperiod',
			'redovisningsperiod',
			'ar manad',
			'armanad',
			'month',
			'accounting period'
		],
		help: 'Bokföringsmånad, t.ex. 2024-03, 202403 eller mar 2024.'
	},
	{
		id: 'ansvar',
		label: 'Ansvar',
		required: false,
		kind: 'text',
		synonyms: [
			'ansvar',
			'ansvarskod',
			'ansvarsomrade',
			'kostnadsstalle',
			'kst',
			'responsibility',
			'cost centre',
			'cost center'
		]
	},
	{
		id: 'enhet',
		label: 'Enhet',
		required: false,
		kind: 'text',
		synonyms: ['enhet', 'enhetsnamn', 'ansvar namn', 'ansvarsnamn', 'ansvar text', 'unit', 'unit name'],
		help: 'Enhetens namn; visas som delrad under sitt verksamhetsområde i Ekonomi.'
	},
	{
		id: 'verksamhet',
		label: 'Verksamhet',
		required: false,
		kind: 'text',
		synonyms: ['verksamhet', 'verksamhetskod', 'vht', 'verks', 'activity', 'activity code'],
		help: 'Verksamhetskod enligt RS (t.ex. 511) eller er egen kod.'
	},
	{
		id: 'verksamhet_namn',
		label: 'Verksamhetens namn',
		required: false,
		kind: 'text',
		synonyms: ['verksamhet namn', 'verksamhetsnamn', 'verksamhet text', 'activity name']
	},
	{
		id: 'konto',
		label: 'Konto',
		required: true,
		kind: 'text',
		synonyms: ['konto', 'kontonr', 'kontonummer', 'kostnadsslag', 'kontoklass', 'account', 'account code'],
		help: 'Konto enligt Kommun-Bas; första siffran avgör intäkt, personal eller övrig kostnad.'
	},
	{
		id: 'konto_namn',
		label: 'Kontots namn',
		required: false,
		kind: 'text',
		synonyms: ['konto namn', 'kontonamn', 'konto text', 'kontobenamning', 'account name']
	},
	{
		id: 'utfall',
		label: 'Utfall',
		required: true,
		emptyCells: true,
		kind: 'number',
		synonyms: [
			'utfall',
			'utfall manad',
			'utfall period',
			'bokfort',
			'belopp',
			'actual',
			'actuals',
			'outcome',
			'amount'
		],
		help: 'Månadens bokförda belopp; tomt för månader som inte är bokförda än.'
	},
	{
		id: 'budget',
		label: 'Budget',
		required: false,
		kind: 'number',
		synonyms: ['budget', 'budget manad', 'periodbudget', 'budget period', 'budget month'],
		help: 'Månadens budget (periodiserad).'
	},
	{
		id: 'arsbudget',
		label: 'Årsbudget',
		required: false,
		kind: 'number',
		synonyms: ['arsbudget', 'budget ar', 'budget helar', 'helarsbudget', 'annual budget'],
		help: 'Budget för hela året; annars summeras månadsbudgeten om alla tolv månader finns.'
	},
	{
		id: 'prognos',
		label: 'Prognos helår',
		required: false,
		kind: 'number',
		synonyms: ['prognos', 'helarsprognos', 'prognos helar', 'prognos ar', 'forecast', 'full year forecast'],
		help: 'Helårsprognos per rad; den senaste månadens prognos används.'
	},
	{
		id: 'belopp_enhet',
		label: 'Beloppsenhet',
		required: false,
		kind: 'text',
		synonyms: ['beloppsenhet', 'valuta', 'enhet belopp', 'currency'],
		help: 'kr, tkr eller mnkr; utan kolumnen gäller kronor (eller enheten i rubriken, t.ex. "Utfall (tkr)").'
	}
];

const TKR_PER: Record<string, number> = { kr: 0.001, sek: 0.001, tkr: 1, mnkr: 1000, mkr: 1000 };

/**
 * The ledger format with a user's own mapping of accounts and activities, and the unit amounts
 * are written in when the file does not say (header "Utfall (tkr)" → 'tkr').
 */
export function ledgerFormat(mapping: LedgerMapping = {}, defaultUnit: 'kr' | 'tkr' | 'mnkr' = 'kr'): ImportFormat {
	return {
		id: 'ledger',
		label: 'Huvudbok / budgetuppföljning',
		fields: LEDGER_FIELDS,
		templateCsv: LEDGER_TEMPLATE,
		guide: LEDGER_GUIDE,
		transform: async (rows, ctx) => transformLedger(rows, ctx.file, mapping, defaultUnit, ctx.kommun)
	};
}

function transformLedger(
	rows: MappedRow[],
	file: string,
	mapping: LedgerMapping,
	defaultUnit: string,
	kommun?: string
): ImportResult {
	const problems = new Problems(LEDGER_FIELDS);
	const entries: LedgerEntry[] = [];
	let unknownArea = 0;
	for (const r of rows) {
		const k = rowKommun(r, { file, kommun }, problems);
		const m = rowMonth(r, 'period', problems);
		const konto = (r.cells.konto ?? '').trim();
		const line = accountLine(konto, mapping);
		if (!konto) problems.add(r.row, 'konto', 'värde saknas');
		else if (line === null)
			problems.add(r.row, 'konto', `"${konto}" är inget konto enligt Kommun-Bas (första siffran 3–9)`);
		else if (line === 'exclude')
			problems.add(r.row, 'konto', `konto ${konto} är ett balanskonto (klass 0–2) och ingår inte i driftredovisningen`);
		const unitRaw = (r.cells.belopp_enhet ?? '').trim().toLowerCase() || defaultUnit;
		const per = TKR_PER[unitRaw];
		if (per === undefined)
			problems.add(r.row, 'belopp_enhet', `"${unitRaw}" är ingen beloppsenhet (kr, tkr eller mnkr)`);
		const amounts: Record<string, number | null> = {};
		let bad = false;
		for (const f of ['utfall', 'budget', 'prognos', 'arsbudget']) {
			const raw = (r.cells[f] ?? '').trim();
			const v = raw === '' ? null : parseNumber(raw);
			if (raw !== '' && v === null) {
				problems.add(r.row, f, `"${raw}" är inget belopp`);
				bad = true;
			}
			amounts[f] = v === null || per === undefined ? null : v * per;
		}
		if (!k || !m || !line || line === 'exclude' || per === undefined || bad) continue;
		const area = areaOf(r.cells, mapping);
		if (area.how === 'okänd') unknownArea++;
		const unit = ((r.cells.enhet ?? '').trim() || (r.cells.ansvar ?? '').trim()).replaceAll('|', '/') || null;
		entries.push({
			row: r.row,
			kommun: k,
			year: m.year,
			month: m.month,
			line,
			area_std: area.area_std,
			unit,
			utfall: amounts.utfall ?? null,
			budget: amounts.budget ?? null,
			prognos: amounts.prognos ?? null,
			arsbudget: amounts.arsbudget ?? null
		});
	}
	const summary: string[] = [];
	// Bookkeeping exports write costs as debit (+) and revenue as credit (−): flip those to ours.
	for (const k of new Set(entries.map((e) => e.kommun))) {
		const mine = entries.filter((e) => e.kommun === k);
		const costs = mine
			.filter((e) => e.line === 'personnel' || e.line === 'other_costs')
			.reduce((s, e) => s + (e.utfall ?? 0) + (e.budget ?? 0), 0);
		const revenue = mine.filter((e) => e.line === 'revenue').reduce((s, e) => s + (e.utfall ?? 0) + (e.budget ?? 0), 0);
		const flip = costs > 0 || (costs === 0 && revenue < 0);
		if (flip)
			for (const e of mine)
				for (const f of ['utfall', 'budget', 'prognos', 'arsbudget'] as const) if (e[f] != null) e[f] = -e[f]!;
		summary.push(
			`${k}: ${mine.length.toLocaleString('sv-SE')} rader; ${flip ? 'kostnader är positiva i filen (bokföringens tecken) och vänds: intäkter +, kostnader −' : 'filen skriver redan intäkter + och kostnader −'}`
		);
	}
	if (unknownArea > 0)
		summary.push(
			`${unknownArea.toLocaleString('sv-SE')} rader har en verksamhet som varken är en RS-kod eller ett känt namn och räknas till Övrigt – lägg till en egen mappning för dem.`
		);
	const budget = deriveReports(entries, file);
	const reports = new Set(budget.map((b) => b.report_id)).size;
	summary.push(`${reports} uppföljningar (en per månad med utfall), ${budget.length.toLocaleString('sv-SE')} belopp.`);
	return { tables: budget.length ? [{ table: 'budget', rows: budget }] : [], problems: problems.list, summary };
}

export const LEDGER: ImportFormat = ledgerFormat();
