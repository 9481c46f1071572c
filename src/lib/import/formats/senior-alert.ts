import type { Sql } from '$lib/queries/sql';
import type { FieldSpec, ImportFormat } from '../format';
import { joinSql } from '../sql-input';
import { KOMMUN, MONTH, UNIT } from './hr-sick-hours';
import { transformMonthly } from './monthly-kpi';
import { KPI_AGG_COLUMNS, KPI_AGG_SELECT, monthlyGroups } from './staffing-sql';

const share = (id: string, label: string, synonyms: string[]): FieldSpec => ({
	id,
	label,
	required: false,
	kind: 'number',
	synonyms,
	help: 'Andel i procent av de riskbedömda.'
});

export const SENIOR_ALERT_FIELDS: FieldSpec[] = [
	KOMMUN,
	MONTH,
	UNIT,
	{
		id: 'assessed',
		label: 'Antal riskbedömda',
		required: true,
		kind: 'number',
		synonyms: [
			'antal riskbedomda',
			'riskbedomda',
			'riskbedomningar',
			'antal riskbedomningar',
			'antal bedomda',
			'persons assessed',
			'assessed'
		]
	},
	share('falls', 'Andel med risk för fall (%)', [
		'risk for fall',
		'fall',
		'fallrisk',
		'andel risk fall',
		'falls',
		'fall risk'
	]),
	share('pressure_ulcers', 'Andel med risk för trycksår (%)', [
		'risk for trycksar',
		'trycksar',
		'andel risk trycksar',
		'pressure ulcers',
		'pressure ulcer risk'
	]),
	share('malnutrition', 'Andel med risk för undernäring (%)', [
		'risk for undernaring',
		'undernaring',
		'andel risk undernaring',
		'malnutrition',
		'malnutrition risk'
	]),
	share('oral_health', 'Andel med risk för ohälsa i munnen (%)', [
		'risk for ohalsa i munnen',
		'munhalsa',
		'ohalsa i munnen',
		'oral health',
		'oral health risk'
	]),
	share('bladder', 'Andel med risk för blåsdysfunktion (%)', [
		'risk for blasdysfunktion',
		'blasdysfunktion',
		'blasa',
		'inkontinens',
		'bladder',
		'bladder dysfunction'
	]),
	{
		id: 'at_risk',
		label: 'Antal med någon risk',
		required: false,
		kind: 'number',
		synonyms: ['antal med risk', 'med risk', 'personer med risk', 'persons at risk', 'at risk']
	},
	{
		id: 'measures',
		label: 'Andel med förebyggande åtgärder (%)',
		required: false,
		kind: 'number',
		synonyms: [
			'andel med atgarder',
			'forebyggande atgarder',
			'atgarder',
			'planerade atgarder',
			'preventive measures',
			'share with measures'
		],
		help: 'Andel av dem med risk som fått planerade förebyggande åtgärder.'
	}
];

const AREAS = {
	falls: 'senior_alert_fall_risk_pct',
	pressure_ulcers: 'senior_alert_pressure_ulcer_risk_pct',
	malnutrition: 'senior_alert_malnutrition_risk_pct',
	oral_health: 'senior_alert_oral_health_risk_pct',
	bladder: 'senior_alert_bladder_risk_pct'
} as const;

/**
 * Shares become counts per row (share × its base), are summed over the group and divided by
 * the summed base again, so units and months weigh by their number of persons assessed.
 */
function seniorAlertAggregates(input: Sql) {
	const areas = Object.keys(AREAS);
	const sums = ['assessed', ...areas.map((a) => `w_${a}`), 'w_measures', 'measures_base'];
	const all = (c: string) => `sum(n_${c}) = sum(nrows)`;
	const perArea = areas
		.map((a) => `CASE WHEN ${all(`w_${a}`)} THEN 100 * sum(w_${a}) / nullif(sum(assessed), 0) END AS ${a}`)
		.join(', ');
	const values = Object.entries(AREAS)
		.map(([a, m]) => `('${m}', ${a})`)
		.join(', ');
	const body = `,
	a AS (
		SELECT kommun, p_start, p_end, p_kind, unit_area, sex, sum(nrows) AS nrows, min(first) AS first, sum(assessed) AS assessed, ${perArea},
			CASE WHEN ${all('w_measures')} THEN 100 * sum(w_measures) / nullif(sum(measures_base), 0) END AS measures
		FROM mg GROUP BY kommun, p_start, p_end, p_kind, unit_area, sex),
	o AS (
		SELECT a.*, x.measure, x.v, assessed AS n FROM a, LATERAL (VALUES ('senior_alert_assessed_count', assessed), ${values},
			('senior_alert_preventive_measures_pct', measures)) x(measure, v))
	${KPI_AGG_SELECT}`;
	return {
		purpose: 'Senior Alert-siffrorna ur månadsraderna',
		sql: joinSql(monthlyGroups(input, sums), body),
		columns: KPI_AGG_COLUMNS
	};
}

const TEMPLATE = `Månad;Enhet;Antal riskbedömda;Risk för fall (%);Risk för trycksår (%);Risk för undernäring (%);Ohälsa i munnen (%);Blåsdysfunktion (%);Antal med risk;Andel med förebyggande åtgärder (%)
2024-01;EXEMPEL Ekbackens vård- och omsorgsboende;24;75,0;41,7;33,3;25,0;50,0;21;85,7
2024-01;EXEMPEL Hemtjänst Norr;38;60,5;21,1;28,9;15,8;31,6;29;72,4
2024-02;EXEMPEL Ekbackens vård- och omsorgsboende;20;70,0;40,0;30,0;20,0;45,0;17;88,2
`;

const GUIDE = `Senior Alert: en rad per månad och enhet som registret exporterar den – antal riskbedömda personer, andelen med risk för fall, trycksår, undernäring, ohälsa i munnen och blåsdysfunktion (i procent) och andelen med risk som fått förebyggande åtgärder. Raderna märkta EXEMPEL i mallen ska ersättas med era egna.

Tertial väger ihop enheter och månader efter antalet riskbedömda: varje andel räknas om till antal personer, summeras och delas med summan av de riskbedömda, aldrig som ett medelvärde av procentsatser. Andelen med åtgärder vägs med antalet med risk om kolumnen finns, annars med antalet riskbedömda. Antalet riskbedömda för ett tertial eller år är summan av månadernas bedömningar. Grupper med högst 10 riskbedömda visas inte.`;

export const SENIOR_ALERT: ImportFormat = {
	id: 'senior_alert',
	label: 'Senior Alert (registerexport)',
	fields: SENIOR_ALERT_FIELDS,
	templateCsv: TEMPLATE,
	guide: GUIDE,
	transform: (rows, ctx) =>
		transformMonthly(
			{
				fields: SENIOR_ALERT_FIELDS,
				table: 'senior_alert',
				numbers: {
					assessed: 'assessed',
					...Object.fromEntries([...Object.keys(AREAS), 'at_risk', 'measures'].map((f) => [f, null]))
				},
				check: (v) => {
					for (const a of [...Object.keys(AREAS), 'measures'])
						if ((v[a] ?? 0) > 100) return [a, 'en andel kan inte vara över 100 %'];
					if ((v.at_risk ?? 0) > v.assessed!) return ['at_risk', 'fler med risk än riskbedömda'];
					return null;
				},
				derive: (v) => {
					const base = v.at_risk ?? v.assessed ?? null;
					const w = (s: number | null | undefined, b: number | null) => (s == null || b == null ? null : (s * b) / 100);
					return {
						...Object.fromEntries(Object.keys(AREAS).map((a) => [`w_${a}`, w(v[a], v.assessed ?? null)])),
						w_measures: w(v.measures, base),
						measures_base: v.measures == null ? null : base
					};
				},
				query: seniorAlertAggregates,
				units: Object.fromEntries([
					['senior_alert_assessed_count', 'antal'],
					...Object.values(AREAS).map((m) => [m, '%']),
					['senior_alert_preventive_measures_pct', '%']
				]),
				what: 'Senior Alert-siffror'
			},
			rows,
			ctx
		)
};
