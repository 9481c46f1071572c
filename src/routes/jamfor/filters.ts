import { z } from 'zod/mini';
import { DEFAULT_MEASURE } from '$lib/domain/kpis';
import { NORMALISATIONS, type CompareFilters } from '$lib/queries/compare';
import type { BreakdownRow, NormAvailabilityRow } from '$lib/queries/measure-options';

const Year = z.coerce.number().check(z.int(), z.minimum(1990), z.maximum(2100));
/** A malformed URL value is dropped (the view's default applies), never an error. */
const dropInvalid = <T extends z.ZodMiniType>(s: T) => z.catch(z.optional(s), undefined);

/** The Jämför view state as it appears in the URL (short Swedish keys), parsed with zod. */
const UrlFilters = z.object({
	matt: dropInvalid(z.string().check(z.regex(/^([a-z0-9_]+|kolada:[NU]\d{5})$/))),
	kommuner: dropInvalid(z.string().check(z.regex(/^\d{4}(,\d{4})*$/))),
	fran: dropInvalid(Year),
	till: dropInvalid(Year),
	kon: dropInvalid(z.enum(['T', 'K', 'M'])),
	alder: z.optional(z.string()),
	enhet: z.optional(z.string()),
	norm: dropInvalid(z.enum(NORMALISATIONS)),
	bas: dropInvalid(Year)
});

/** The measure without one in the URL: the one most committees report (total sick leave), else the first offered. */
export function defaultMeasureOf(options: readonly { measure: string }[]): string {
	return options.find((o) => o.measure === DEFAULT_MEASURE)?.measure ?? options[0]?.measure ?? DEFAULT_MEASURE;
}

export function filtersFromUrl(params: URLSearchParams, defaultMeasure: string): CompareFilters {
	const u = UrlFilters.parse(Object.fromEntries(params));
	return {
		measure: u.matt ?? defaultMeasure,
		kommuner: u.kommuner ? u.kommuner.split(',') : [],
		fromYear: u.fran ?? null,
		toYear: u.till ?? null,
		sex: u.kon ?? 'T',
		ageBand: u.alder || null,
		unitArea: u.enhet || null,
		norm: u.norm ?? 'none',
		baseYear: u.bas ?? null
	};
}

export const NORM_LABEL: Record<(typeof NORMALISATIONS)[number], string> = {
	none: 'Som redovisat',
	index: 'Index (basår = 100)',
	per_fte: 'Per årsarbetare',
	per_1000_inv: 'Per 1 000 invånare',
	per_1000_inv65: 'Per 1 000 invånare 65+',
	pct_budget: 'Andel av budget (%)'
};

/** What the normalisation divided by, as the table's column heading says it. */
export const DENOMINATOR_LABEL: Record<(typeof NORMALISATIONS)[number], string | null> = {
	none: null,
	index: null,
	per_fte: 'Nämnare: årsarbetare',
	per_1000_inv: 'Nämnare: tusen invånare (Kolada N01951)',
	per_1000_inv65: 'Nämnare: tusen invånare 65+ (Kolada N01956 + N01957)',
	pct_budget: 'Nämnare: budget (tkr)'
};

/** Why a figure has no normalised value, in the words a user needs. */
export const NO_DENOMINATOR: Record<(typeof NORMALISATIONS)[number], string> = {
	none: '',
	index: '',
	per_fte: 'Utan årsarbetare för samma period',
	per_1000_inv: 'Utan folkmängd i Kolada för året (se Koladas årsintervall under Data)',
	per_1000_inv65: 'Utan folkmängd 65+ i Kolada för året (se Koladas årsintervall under Data)',
	pct_budget: 'Utan budget i handlingen'
};

/** The unit of the axis after normalisation, always spelled out. */
export function shownUnit(unit: string, norm: (typeof NORMALISATIONS)[number]): string {
	if (norm === 'index') return 'index, basår = 100';
	if (norm === 'per_fte') return `${unit} per årsarbetare`;
	if (norm === 'per_1000_inv') return `${unit} per 1 000 invånare`;
	if (norm === 'per_1000_inv65') return `${unit} per 1 000 invånare 65+`;
	if (norm === 'pct_budget') return '% av budget';
	return unit;
}

/** Keep the chosen breakdown when the measure has it; otherwise the first it has (same sex if possible). */
export function fitBreakdown(f: CompareFilters, rows: readonly BreakdownRow[]): CompareFilters {
	if (rows.length === 0 || rows.some((r) => r.sex === f.sex && r.age_band === f.ageBand && r.unit_area === f.unitArea))
		return f;
	const first = rows.find((r) => r.sex === f.sex) ?? rows[0]!;
	return { ...f, sex: first.sex as CompareFilters['sex'], ageBand: first.age_band, unitArea: first.unit_area };
}

/** Whether the data support a normalisation for the chosen measure (the UI offers only these). */
export function normAvailable(norm: CompareFilters['norm'], a: NormAvailabilityRow | undefined): boolean {
	if (norm === 'none') return true;
	if (!a) return false;
	return norm === 'index' ? a.periods > 1 : a[norm] > 0;
}

/**
 * A normalisation from the URL that the measure cannot support (e.g. a percentage per inhabitant)
 * falls back to "som redovisat"; while availability is unknown (undefined) the choice stands.
 */
export function fitNorm(f: CompareFilters, a: NormAvailabilityRow | undefined): CompareFilters {
	return !a || normAvailable(f.norm, a) ? f : { ...f, norm: 'none', baseYear: null };
}
