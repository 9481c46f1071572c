import { concat, cp1252, noise, parquet, utf16, utf8, utf8Bom, xlsx } from './build-files';
import { smallGroupCases } from './small-groups';

/**
 * Files a careless or hostile user could bring, each with the outcome the import must give.
 * Clearly synthetic: "Syntetisk enhet" units in 2025, never a real kommun's figures.
 */
export type Expect =
	| { outcome: 'accepted'; rows: number; sum: number; first?: Record<string, unknown> }
	| { outcome: 'refused'; reason: string }
	| { outcome: 'rejected'; row: number; column: string; reason: string };

export type Case = {
	id: string;
	file: string;
	bytes: Uint8Array;
	formatKey: string;
	expect: Expect;
	why: string;
	/** Small groups: the figures that must appear nowhere (tests/adversarial/small-groups.ts). */
	hidden?: number[];
	shape?: string;
	/** Figures of the same file that are shown (the sweep reached the group's views). */
	shown?: number[];
};

const H = 'kommun;period_start;period_end;period_kind;period_label;measure;sex;unit_area;value;unit;n';
const MONTHS: [string, string, string][] = [
	['2025-01-01', '2025-01-31', 'jan 2025'],
	['2025-02-01', '2025-02-28', 'feb 2025'],
	['2025-03-01', '2025-03-31', 'mar 2025']
];
/** Three months of one synthetic unit's sick leave, values 6,5 / 7,0 / 7,5 (sum 21). */
const rows = (unit: string, sep = ';', dec = ',', kommun = '0881') =>
	MONTHS.map(([s, e, l], i) =>
		[
			kommun,
			s,
			e,
			'month',
			l,
			'sick_leave_total_pct',
			'T',
			unit,
			(6.5 + i * 0.5).toFixed(1).replace('.', dec),
			'%',
			'24'
		].join(sep)
	);
const csv = (unit: string, eol = '\r\n') => [H, ...rows(unit)].join(eol) + eol;
const ok3: Extract<Expect, { outcome: 'accepted' }> = { outcome: 'accepted', rows: 3, sum: 21 };
const line = (unit: string, cells: Partial<Record<string, string>>) => {
	const base: Record<string, string> = {
		kommun: '0881',
		period_start: '2025-01-01',
		period_end: '2025-01-31',
		period_kind: 'month',
		period_label: 'jan 2025',
		measure: 'sick_leave_total_pct',
		sex: 'T',
		unit_area: unit,
		value: '6,5',
		unit: '%',
		n: '24'
	};
	return H.split(';')
		.map((c) => cells[c] ?? base[c])
		.join(';');
};
/** A file of one good row (row 2) and one row under test (row 3). */
const withRow = (unit: string, cells: Partial<Record<string, string>>) =>
	utf8(
		[
			H,
			line(unit, {}),
			line(unit, { period_start: '2025-02-01', period_end: '2025-02-28', period_label: 'feb 2025', ...cells })
		].join('\n') + '\n'
	);
const rej = (row: number, column: string, reason: string): Expect => ({ outcome: 'rejected', row, column, reason });
const refused = (reason: string): Expect => ({ outcome: 'refused', reason });

const PH = 'kommun;period;measure;sex;unit_area;value';
const periodFile = (unit: string, periods: string[]) =>
	utf8(
		[
			PH,
			...periods.map((p, i) => `0881;${p};sick_leave_total_pct;T;${unit};${6.5 + i * 0.5}`.replace(/\.(\d)$/, ',$1'))
		].join('\n') + '\n'
	);

const BH =
	'kommun;report_id;report_label;period_start;period_end;period_kind;period_label;area_label;area_std;budget_line;amount_kind;value;unit;sign';
const budgetRow = (area: string, std: string, kind: string, value: string) =>
	`0881;syntetisk-2025-t1;T1 2025 (syntetisk);2025-01-01;2025-04-30;tertial;T1 2025;${area};${std};net;${kind};${value};tkr;1`;

export async function adversarialCases(): Promise<Case[]> {
	const c: Case[] = [];
	const add = (
		id: string,
		file: string,
		bytes: Uint8Array,
		expect: Expect,
		why: string,
		formatKey = 'long:sick_leave'
	) => c.push({ id, file, bytes, expect, why, formatKey });
	const u = (id: string) => `Syntetisk enhet ${id}`;

	// Encodings
	add(
		'enc-cp1252',
		'sjuk-cp1252.csv',
		cp1252(csv('Syntetisk enhet Å')),
		{ ...ok3, first: { unit_area: 'Syntetisk enhet Å' } },
		'Excel, Windows-1252, ; och decimalkomma'
	);
	add(
		'enc-utf8-bom',
		'sjuk-utf8-bom.csv',
		utf8Bom(csv('Syntetisk enhet Ö BOM')),
		{ ...ok3, first: { unit_area: 'Syntetisk enhet Ö BOM' } },
		'CSV UTF-8 med BOM'
	);
	add(
		'enc-utf8-comma',
		'sjuk-komma.csv',
		utf8([H.replaceAll(';', ','), ...rows(u('komma'), ',', '.')].join('\n') + '\n'),
		ok3,
		'komma som avgränsare, decimalpunkt'
	);
	add(
		'enc-utf16le-bom',
		'sjuk-unicode.txt',
		utf16([H.replaceAll(';', '\t'), ...rows(u('utf16le'), '\t')].join('\r\n') + '\r\n', 'le', true),
		ok3,
		'Excels "Unicode-text": UTF-16 LE med BOM, tabb'
	);
	add('enc-utf16be-bom', 'sjuk-utf16be.txt', utf16(csv(u('utf16be')), 'be', true), ok3, 'UTF-16 BE med BOM');
	add('enc-utf16le-nobom', 'sjuk-utf16-utan-bom.csv', utf16(csv(u('utf16nb')), 'le', false), ok3, 'UTF-16 LE utan BOM');
	add(
		'enc-utf16-broken',
		'trasig-utf16.csv',
		concat(new Uint8Array([0xff, 0xfe]), utf16(csv(u('x')), 'le', false), new Uint8Array([0x00, 0xd8])),
		refused('utf-16le'),
		'UTF-16 med ogiltiga byte'
	);
	add(
		'enc-binary',
		'skrap.csv',
		concat(utf8('kommun;value\n'), noise(3000)),
		refused('binära'),
		'binärt skräp med .csv-namn'
	);
	// Separators and lines
	add(
		'sep-tab',
		'sjuk.tsv',
		utf8([H.replaceAll(';', '\t'), ...rows(u('tabb'), '\t')].join('\n') + '\n'),
		ok3,
		'tabbavgränsad'
	);
	add(
		'sep-trailing-empty',
		'sjuk-tomrader.csv',
		utf8(csv(u('tomrader')) + ';;;;;;;;;;\r\n\r\n;;;;;;;;;;\r\n   \r\n'),
		ok3,
		'tomma rader och ;;;; sist, som Excel skriver'
	);
	add(
		'sep-blank-middle',
		'sjuk-tom-mitt.csv',
		utf8([H, rows(u('mitt'))[0], '', ';;;;;;;;;;', ...rows(u('mitt')).slice(1)].join('\n') + '\n'),
		ok3,
		'tomrad mitt i filen'
	);
	add(
		'sep-mixed-eol',
		'sjuk-radslut.csv',
		utf8(`${H}\r\n${rows(u('eol'))[0]}\n${rows(u('eol'))[1]}\r${rows(u('eol'))[2]}\n`),
		ok3,
		'CRLF, LF och CR blandat'
	);
	add(
		'sep-wrong-in-row',
		'sjuk-fel-avgransare.csv',
		utf8([H, ...rows(u('fel')).slice(0, 2), rows(u('fel'), ',', '.')[2]].join('\n') + '\n'),
		rej(4, '–', 'raden har 1 fält'),
		'en rad med komma i en semikolonfil'
	);
	add(
		'sep-extra-field',
		'sjuk-extra-falt.csv',
		utf8([H, ...rows(u('extra')).slice(0, 2), rows(u('extra'))[2] + ';överflödigt'].join('\n') + '\n'),
		rej(4, '–', 'raden har 12 fält, rubrikraden har 11'),
		'ett fält för mycket'
	);
	add(
		'sep-missing-field',
		'sjuk-saknar-falt.csv',
		utf8([H, rows(u('saknar'))[0]!.replace(/;24$/, '')].join('\n') + '\n'),
		rej(2, '–', 'raden har 10 fält'),
		'ett fält för lite'
	);
	// Quoting
	add(
		'quote-ok',
		'sjuk-citat.csv',
		utf8([H, ...rows('"Enhet ""Syd""; kväll"')].join('\n') + '\n'),
		{ ...ok3, first: { unit_area: 'Enhet "Syd"; kväll' } },
		'citattecken, dubbla citattecken och ; i fält'
	);
	add(
		'quote-newline',
		'sjuk-radbrytning.csv',
		utf8([H, ...rows('"Enhet\nmed radbrytning"')].join('\n') + '\n'),
		{ ...ok3, first: { unit_area: 'Enhet\nmed radbrytning', line: 2 } },
		'radbrytning inom citattecken'
	);
	add(
		'quote-unclosed',
		'sjuk-oavslutat.csv',
		utf8([H, rows(u('oavsl'))[0], rows('"Enhet utan slut')[1], rows(u('oavsl'))[2]].join('\n') + '\n'),
		refused('citattecken öppnas men stängs aldrig'),
		'citattecken som aldrig stängs'
	);
	add(
		'quote-stray',
		'sjuk-losa-citat.csv',
		utf8([H, ...rows('Enhet 5" lång')].join('\n') + '\n'),
		{ ...ok3, first: { unit_area: 'Enhet 5" lång' } },
		'citattecken mitt i ett fält'
	);
	// Numbers
	add(
		'num-minus-nbsp',
		'personal-tal.csv',
		utf8(
			'kommun;period;measure;unit_area;value\n0881;2025-01;staff_headcount;Syntetisk enhet tal;1\u00a0234\n0881;2025-02;staff_headcount;Syntetisk enhet tal;\u22121\u202f000,5\n'
		),
		{ outcome: 'accepted', rows: 2, sum: 233.5 },
		'hårt mellanslag som tusentalsavgränsare och − (U+2212)',
		'long:staffing'
	);
	add(
		'num-percent',
		'sjuk-procent.csv',
		withRow(u('procent'), { value: '7,0 %' }),
		{ outcome: 'accepted', rows: 2, sum: 13.5 },
		'"7,0 %" i värdekolumnen'
	);
	add(
		'num-text',
		'sjuk-text-i-tal.csv',
		withRow(u('texttal'), { value: 'sex' }),
		rej(3, 'value', 'inget tal'),
		'text i värdekolumnen'
	);
	add('num-empty', 'sjuk-tomt-varde.csv', withRow(u('tomt'), { value: '' }), rej(3, 'value', ''), 'tomt värde');
	add(
		'num-infinite',
		'sjuk-oandligt.csv',
		withRow(u('oandl'), { value: '1e999' }),
		rej(3, 'value', 'inget tal'),
		'oändligt tal'
	);
	add(
		'num-fraction-n',
		'sjuk-halv-person.csv',
		withRow(u('halv'), { n: '12,5' }),
		rej(3, 'n', '”12,5” är inget heltal'),
		'halv person i antal'
	);
	add('num-huge-n', 'sjuk-jatte-n.csv', withRow(u('jatte'), { n: '99999999999' }), rej(3, 'n', ''), 'antal över 2³¹');
	// Periods and dates
	add(
		'period-iso-month',
		'sjuk-2025-08.csv',
		periodFile(u('iso'), ['2025-08', '2025-09']),
		{
			outcome: 'accepted',
			rows: 2,
			sum: 13.5,
			first: { period_start: '2025-08-01', period_end: '2025-08-31', period_label: 'aug 2025' }
		},
		'månad skriven 2025-08'
	);
	add(
		'period-compact',
		'sjuk-202508.csv',
		periodFile(u('kompakt'), ['202508', '202509']),
		{ outcome: 'accepted', rows: 2, sum: 13.5, first: { period_start: '2025-08-01' } },
		'månad skriven 202508'
	);
	add(
		'period-words',
		'sjuk-aug-2025.csv',
		periodFile(u('ord'), ['aug 2025', 'september 2025']),
		{ outcome: 'accepted', rows: 2, sum: 13.5, first: { period_label: 'aug 2025' } },
		'månad skriven aug 2025 och september 2025'
	);
	add(
		'period-month-13',
		'sjuk-manad-13.csv',
		periodFile(u('m13'), ['2025-12', '2025-13']),
		rej(3, 'period', 'ingen period'),
		'månad 13'
	);
	add(
		'date-impossible',
		'sjuk-30-feb.csv',
		withRow(u('30feb'), { period_start: '2025-02-30' }),
		rej(3, 'period_start', 'inget datum som finns'),
		'30 februari'
	);
	add(
		'date-garbage',
		'sjuk-datumskrap.csv',
		withRow(u('skrap'), { period_end: 'igår' }),
		rej(3, 'period_end', 'inget datum'),
		'text som datum'
	);
	add(
		'date-missing',
		'sjuk-utan-period.csv',
		withRow(u('utan'), { period_start: '', period_end: '' }),
		rej(3, 'period_start', 'period saknas'),
		'ingen period alls'
	);
	// Kommuner
	add(
		'kommun-no-zero',
		'sjuk-881.csv',
		utf8([H, ...rows(u('881'), ';', ',', '881')].join('\n') + '\n'),
		{ ...ok3, first: { kommun: '0881' } },
		'kommunkod utan inledande nolla'
	);
	add(
		'kommun-unknown',
		'sjuk-9999.csv',
		withRow(u('9999'), { kommun: '9999' }),
		rej(3, 'kommun', 'okänd kommunkod 9999'),
		'kommunkod som inte finns'
	);
	add(
		'kommun-five-digits',
		'sjuk-08811.csv',
		withRow(u('5siffror'), { kommun: '08811' }),
		rej(3, 'kommun', 'fyra siffror'),
		'fem siffror'
	);
	// Measures
	add(
		'measure-unknown',
		'sjuk-okant-matt.csv',
		withRow(u('okmatt'), { measure: 'sick_leave_imaginary_pct' }),
		rej(3, 'measure', 'okänt mått ”sick_leave_imaginary_pct”'),
		'mått som inte finns'
	);
	add(
		'measure-other-extract',
		'sjuk-personalmatt.csv',
		withRow(u('annat'), { measure: 'staff_headcount', unit: 'antal' }),
		rej(3, 'measure', 'hör till Personal'),
		'personalmått i sjukfrånvaroextraktet'
	);
	add(
		'measure-html',
		'sjuk-matt-html.csv',
		withRow(u('matthtml'), { measure: '<img src=x onerror=window.__pwned=1>' }),
		rej(3, 'measure', 'små bokstäver'),
		'HTML som mått-id'
	);
	add(
		'kind-sick-as-caseload',
		'sjuk-som-arenden.csv',
		utf8(csv(u('arenden'))),
		rej(2, 'measure', 'hör till Sjukfrånvaro'),
		'sjukfrånvaro inläst som ärenden',
		'long:caseload'
	);
	// Sex
	add(
		'sex-words',
		'sjuk-kon-ord.csv',
		withRow(u('konord'), { sex: 'kvinnor' }),
		{ outcome: 'accepted', rows: 2, sum: 13, first: { sex: 'T' } },
		'kön skrivet kvinnor'
	);
	add('sex-invalid', 'sjuk-kon-x.csv', withRow(u('konx'), { sex: 'X' }), rej(3, 'sex', 'inget kön'), 'okänt kön');
	// Duplicates
	add(
		'dup-identical',
		'sjuk-dubblett.csv',
		utf8([H, ...rows(u('dubb')), rows(u('dubb'))[0]].join('\n') + '\n'),
		rej(5, '–', 'samma figur som rad 2'),
		'samma rad två gånger'
	);
	add(
		'dup-conflicting',
		'sjuk-motsagelse.csv',
		utf8([H, ...rows(u('mots')), rows(u('mots'))[1]!.replace('7,0', '9,9')].join('\n') + '\n'),
		rej(5, '–', 'samma figur som rad 3'),
		'samma nyckel, olika värde'
	);
	// Provenance
	add(
		'forged-source',
		'sjuk-forfalskad-kalla.csv',
		utf8(
			'source;line;quote;' +
				H +
				'\n' +
				rows(u('kalla'))
					.map((r) => `nybro-2024-10-01;196;Sjukfrånvaro 6,5 %;${r}`)
					.join('\n') +
				'\n'
		),
		{ ...ok3, first: { source: 'user:sjuk-forfalskad-kalla.csv', line: 2 } },
		'source-kolumn som pekar på en nämndhandling'
	);
	// Scripts, HTML, formulas, ECharts syntax
	add(
		'html-unit',
		'sjuk-html-enhet.csv',
		utf8([H, ...rows('<img src=x onerror="window.__pwned=1">')].join('\n') + '\n'),
		{ ...ok3, first: { unit_area: '<img src=x onerror="window.__pwned=1">' } },
		'HTML med skript i enhetsnamnet'
	);
	add(
		'script-label',
		'sjuk-script-etikett.csv',
		utf8(
			[H, ...rows(u('scr')).map((r) => r.replace(/;(\w{3} 2025);/, ';<script>window.__pwned=1</script>$1;'))].join(
				'\n'
			) + '\n'
		),
		ok3,
		'script-tagg i periodens namn'
	);
	add(
		'formula-unit',
		'sjuk-formel.csv',
		utf8([H, ...rows('"=HYPERLINK(""http://example.invalid"";""klick"")"')].join('\n') + '\n'),
		{ ...ok3, first: { unit_area: '=HYPERLINK("http://example.invalid";"klick")' } },
		'Excel-formel i enhetsnamnet'
	);
	add(
		'formula-plus-at',
		'sjuk-plus-at.csv',
		utf8([H, ...rows('+cmd|calc!A1').slice(0, 2), rows('@SUM(1+1)')[2]].join('\n') + '\n'),
		{ ...ok3, first: { unit_area: '+cmd|calc!A1' } },
		'+ och @ i början av text'
	);
	add(
		'formula-period',
		'sjuk-formel-period.csv',
		utf8(
			H +
				';note\n' +
				rows(u('formelperiod'))
					.map((r, i) =>
						r.replace(
							/;(\w{3} 2025);/,
							`;${['"=HYPERLINK(""http://example.invalid"";""klick"")"', '+1', '@SUM(1)'][i]} $1;`
						)
					)
					.map((r) => r + ';-2+3')
					.join('\n') +
				'\n'
		),
		ok3,
		'formler i periodens namn och anmärkningen (når Jämförs CSV)'
	);
	add(
		'echarts-rich',
		'sjuk-echarts.csv',
		utf8([H, ...rows('{a|röd}{b|<b>fet</b>}')].join('\n') + '\n'),
		ok3,
		'ECharts rich-text-syntax i enhetsnamnet'
	);
	add(
		'html-note',
		'sjuk-html-anmarkning.csv',
		utf8(
			H +
				';note\n' +
				rows(u('anm'))
					.map((r) => r + ';<iframe src=javascript:window.__pwned=1>')
					.join('\n') +
				'\n'
		),
		ok3,
		'HTML i anmärkningen'
	);
	add('html-filename', '<img src=x onerror=window.__pwned=1>.csv', utf8(csv(u('filnamn'))), ok3, 'HTML i filnamnet');
	add(
		'html-column',
		'sjuk-html-kolumn.csv',
		utf8(
			H +
				';<script>window.__pwned=1</script>\n' +
				rows(u('kol'))
					.map((r) => r + ';x')
					.join('\n') +
				'\n'
		),
		ok3,
		'HTML i ett kolumnnamn (kolumnen används inte)'
	);
	add(
		'sql-column',
		'sjuk-sql-kolumn.csv',
		utf8(
			H.replace('value', "value\" FROM budget) TO 'http://example.invalid/x' --") +
				'\n' +
				rows(u('sql')).join('\n') +
				'\n'
		),
		rej(1, 'Värde', 'ingen kolumn'),
		'SQL i kolumnnamnet för värdet'
	);
	// Giant and empty
	add(
		'giant-field',
		'sjuk-jattefalt.csv',
		utf8([H, ...rows(u('jatte')).slice(0, 2), rows('x'.repeat(20_000))[2]].join('\n') + '\n'),
		rej(4, 'unit_area', 'tecken'),
		'ett fält på 20 000 tecken'
	);
	add('header-only', 'sjuk-bara-rubrik.csv', utf8(H + '\n;;;;;;;;;;\n'), rej(2, '–', 'inga rader'), 'bara rubrikraden');
	add('empty', 'tom.csv', new Uint8Array(0), refused('tom'), 'tom fil');
	add('whitespace-only', 'blanksteg.csv', utf8('\n\n   \n'), refused('tom'), 'bara tomrader');
	// Renamed images, archives and spreadsheets
	add(
		'png-as-csv',
		'bild.csv',
		concat(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), noise(500)),
		refused('PNG-bild'),
		'PNG med .csv-namn'
	);
	add(
		'jpeg-as-csv',
		'foto.csv',
		concat(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), noise(500)),
		refused('JPEG-bild'),
		'JPEG med .csv-namn'
	);
	add('pdf-as-xlsx', 'rapport.xlsx', concat(utf8('%PDF-1.7\n'), noise(500)), refused('PDF'), 'PDF med .xlsx-namn');
	add(
		'xls-old',
		'gammal.xls',
		concat(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), noise(500)),
		refused('gamla format'),
		'Excel 97 (.xls)'
	);
	add(
		'zip-not-xlsx',
		'arkiv.csv',
		concat(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), noise(500)),
		refused('zip-arkiv'),
		'zip-arkiv med .csv-namn'
	);
	add(
		'xlsx-corrupt',
		'trasig.xlsx',
		concat(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), noise(500)),
		refused('skadad'),
		'trasig .xlsx'
	);
	const sheet = [
		H.split(';'),
		...rows(u('xlsx')).map((r) =>
			r
				.split(';')
				.map((v, j) =>
					j === 8 || j === 10 ? Number(v.replace(',', '.')) : j === 1 || j === 2 ? new Date(`${v}T00:00:00`) : v
				)
		)
	];
	add(
		'xlsx-good',
		'sjuk.xlsx',
		xlsx(sheet),
		{ ...ok3, first: { period_start: '2025-01-01', period_end: '2025-01-31', n: 24 } },
		'Excel-arbetsbok med tal- och datumceller'
	);
	add(
		'xlsx-renamed-csv',
		'sjuk-egentligen-xlsx.csv',
		xlsx([H.split(';'), ...rows(u('xlsxcsv')).map((r) => r.split(';'))]),
		ok3,
		'.xlsx sparad med .csv-namn'
	);
	add(
		'xlsx-formula',
		'sjuk-formelcell.xlsx',
		xlsx([H.split(';'), ...rows('=1+1').map((r) => r.split(';'))]),
		{ ...ok3, first: { unit_area: '=1+1' } },
		'formeltext i en Excel-cell läses som text'
	);
	// Parquet
	const pq = (unit: string, extra = '') =>
		`SELECT '0881' AS kommun, DATE '2025-01-01' + INTERVAL (i) MONTH AS period_start, CAST(last_day(DATE '2025-01-01' + INTERVAL (i) MONTH) AS DATE) AS period_end,
		'month' AS period_kind, 'månad ' || (i + 1) AS period_label, 'sick_leave_total_pct' AS measure, 'T' AS sex, '${unit}' AS unit_area,
		CAST(6.5 + i * 0.5 AS DECIMAL(6, 2)) AS value, '%' AS unit, CAST(24 AS BIGINT) AS n ${extra} FROM range(3) t(i)`;
	add(
		'parquet-types',
		'sjuk.parquet',
		await parquet(
			`SELECT kommun, CAST(period_start AS DATE) AS period_start, period_end, period_kind, period_label, measure, sex, unit_area, value, unit, n FROM (${pq(u('parquet'))})`
		),
		{ ...ok3, first: { period_start: '2025-01-01', period_end: '2025-01-31', value: 6.5 } },
		'Parquet med DATE, DECIMAL, BIGINT och ordboksträngar, utan value_kind'
	);
	add(
		'parquet-timestamp',
		'sjuk-tidsstampel.parquet',
		await parquet(`SELECT * REPLACE (CAST(period_start AS TIMESTAMP) AS period_start) FROM (${pq(u('ts'))})`),
		ok3,
		'Parquet med TIMESTAMP'
	);
	const good = await parquet(pq(u('trunc')));
	add(
		'parquet-truncated',
		'avklippt.parquet',
		good.subarray(0, Math.floor(good.length / 2)),
		refused('Parquet-filen är trasig'),
		'Parquet avklippt på mitten'
	);
	add(
		'parquet-corrupt',
		'skadad.parquet',
		concat(good.subarray(0, 64), noise(good.length - 128), good.subarray(good.length - 64)),
		refused('Parquet-filen är trasig'),
		'Parquet med förstörd mitt'
	);
	add('parquet-fake', 'falsk.parquet', utf8(csv(u('falsk'))), refused('ingen Parquet-fil'), 'CSV med .parquet-namn');
	add(
		'parquet-wrong-type',
		'sjuk-texttal.parquet',
		await parquet(`SELECT * REPLACE ('sju' AS value) FROM (${pq(u('pqtext'))})`),
		rej(2, 'value', 'inget tal'),
		'Parquet med text i värdet'
	);
	add(
		'parquet-sql-column',
		'sjuk-sql.parquet',
		await parquet(
			`SELECT * EXCLUDE (value), value AS "value"" FROM budget; DROP TABLE budget; --" FROM (${pq(u('pqsql'))})`
		),
		rej(1, 'Värde', 'ingen kolumn'),
		'Parquet vars kolumnnamn är SQL'
	);
	// Budget in the long format
	add(
		'budget-ok',
		'budget.csv',
		utf8(
			[
				BH,
				budgetRow('Syntetisk hemtjänst', 'aldreomsorg_hemtjanst', 'budget_year', '−12 500'),
				budgetRow('Syntetisk hemtjänst', 'aldreomsorg_hemtjanst', 'outcome_period', '-4 100,5')
			].join('\n') + '\n'
		),
		{ outcome: 'accepted', rows: 2, sum: -16600.5 },
		'budget i långformat',
		'long:budget'
	);
	add(
		'budget-area',
		'budget-okant-omrade.csv',
		utf8([BH, budgetRow('Syntetisk', 'rymdfart', 'budget_year', '1')].join('\n') + '\n'),
		rej(2, 'area_std', 'okänt standardområde ”rymdfart”'),
		'okänt standardområde',
		'long:budget'
	);
	add(
		'budget-kind',
		'budget-okand-typ.csv',
		utf8([BH, budgetRow('Syntetisk', 'ifo', 'gissning', '1')].join('\n') + '\n'),
		rej(2, 'amount_kind', '”gissning” är inget av de tillåtna värdena: budget_year'),
		'okänd beloppstyp',
		'long:budget'
	);
	// Small groups of every shape, loaded last so the views are swept with everything in.
	c.push(...smallGroupCases());
	return c;
}
