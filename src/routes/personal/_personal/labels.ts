import type { TableColumn } from '$lib/components/DataTable.svelte';
import { printedDecimals } from '$lib/domain/decimals';
import { ageLabel, SEX_LABEL } from '$lib/domain/sex-age';
import { formatNumber, formatValue, MISSING } from '$lib/format/number';
import type { FigureRow } from '$lib/queries/sick-leave';
import { SUPPRESSION_TEXT } from '$lib/queries/suppression';

export { ageLabel, SEX_LABEL };

export function groupLabel(r: FigureRow): string {
	const parts = [
		r.unit_area,
		r.age_band ? ageLabel(r.age_band) : null,
		r.sex !== 'T' || (!r.age_band && !r.unit_area) ? SEX_LABEL[r.sex] : null,
		r.detail
	];
	return parts.filter(Boolean).join(', ');
}

/** Decimals as printed, by the one rule (src/lib/domain/decimals.ts): "7,07 %" stays 7,07, "270" årsarbetare stays 270. */
export function decimalsOf(r: FigureRow, v: number | null = r.value): number {
	return printedDecimals(v, r.unit, r.decimals);
}

export function shown(r: FigureRow): string {
	return r.suppressed ? MISSING : formatValue(r.value, r.unit, decimalsOf(r));
}

export function targetText(r: FigureRow): string {
	return formatValue(r.target, r.unit, decimalsOf(r, r.target));
}

/** Change in the measure's unit; percentages change in procentenheter. */
export function changeText(r: FigureRow): string {
	if (r.change == null) return MISSING;
	const s = `${r.change > 0 ? '+' : ''}${formatNumber(r.change, decimalsOf(r, r.change))}`;
	return r.unit === '%' ? `${s} procentenheter` : `${s} ${r.unit === 'antal' ? '' : r.unit}`.trim();
}

export function betterWord(r: FigureRow): string {
	if (r.direction == null) return '';
	if (r.direction === 'flat') return 'oförändrat';
	const moved = r.direction === 'up' ? 'ökat' : 'minskat';
	return r.better == null ? moved : `${moved} – ${r.better ? 'bättre' : 'sämre'}`;
}

export function statusText(r: FigureRow): string {
	return r.suppression ? SUPPRESSION_TEXT[r.suppression] : '';
}

/**
 * The rows behind a chart, for its table view and CSV. Numbers are written here in sv-SE with the
 * measure's decimals (the CSV writer does not know them); a suppressed value is "–" with the reason.
 */
export function exportRows(rows: FigureRow[]): Record<string, string>[] {
	const num = (r: FigureRow, v: number | null) => (v == null ? MISSING : formatNumber(v, decimalsOf(r, v)));
	return rows.map((r) => ({
		kommun: r.name,
		measure: r.label_sv,
		group: groupLabel(r),
		period: r.period_label,
		value: r.suppressed ? MISSING : num(r, r.value),
		target: num(r, r.target),
		change: r.change == null ? '' : changeText(r),
		trend: betterWord(r),
		status: [statusText(r), r.same_length === false ? `olika långa perioder (mot ${r.prev_label})` : '']
			.filter(Boolean)
			.join('; '),
		source: r.file ? `${r.file}, rad ${r.line}` : ''
	}));
}

export function exportColumns(unit: string): TableColumn[] {
	const u = unit === 'antal' ? '' : ` (${unit})`;
	return [
		{ key: 'kommun', label: 'Kommun' },
		{ key: 'measure', label: 'Mått' },
		{ key: 'group', label: 'Grupp' },
		{ key: 'period', label: 'Period' },
		{ key: 'value', label: `Värde${u}`, numeric: true },
		{ key: 'target', label: `Mål${u}`, numeric: true },
		{ key: 'change', label: 'Förändring mot föregående period', numeric: true },
		{ key: 'trend', label: 'Riktning' },
		{ key: 'status', label: 'Anmärkning' },
		{ key: 'source', label: 'Källa' }
	];
}

/** In words, when figures side by side cover periods of different length or kind. */
export function periodNote(rows: FigureRow[]): string | null {
	const periods = [...new Map(rows.map((r) => [r.period_label, r.period_months])).entries()];
	const lengths = new Set(periods.map(([, m]) => m));
	if (lengths.size < 2) return null;
	const list = periods.map(([label, m]) => `${label} (${m} mån)`).join(', ');
	return `Perioderna är inte lika långa: ${list}. Siffror för olika delar av året är inte direkt jämförbara (t.ex. jan–jun mot jan–aug eller helår) – jämför med försiktighet.`;
}
