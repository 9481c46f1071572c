/**
 * A clearly synthetic HR sick-leave extract in our long format, seeded so every run is the same:
 * units × 36 months × sex (K, M) × 8 age bands × 3 measures; as many units ("Syntetisk enhet N")
 * as the row count needs (290 units ≈ 500 000 rows). About 2 % of the groups have ≤ 10 employees,
 * so small-group protection has work to do. Never a real kommun's figures (Gnesta's code only).
 */
const MONTHS = 36;
const SEXES = ['K', 'M'] as const;
const AGE_BANDS = ['-24', '25-29', '30-34', '35-39', '40-44', '45-49', '50-54', '55-'] as const;
const MEASURES = ['sick_leave_total_pct', 'sick_leave_day1_14_pct', 'sick_leave_over59_share_pct'] as const;
export const HR_HEADER = 'kommun;period;measure;sex;age_band;unit_area;value;n';

export function hrExtractCsv(rows: number, seed = 42): Buffer {
	let x = seed;
	const next = () => (x = (x * 1103515245 + 12345) & 0x7fffffff);
	const lines: string[] = [HR_HEADER];
	let n = 0;
	const perUnit = MONTHS * SEXES.length * AGE_BANDS.length * MEASURES.length;
	for (let i = 0; i < rows; i++) {
		const unit = Math.floor(i / perUnit);
		let r = i % perUnit;
		const measure = MEASURES[r % MEASURES.length]!;
		// One group size per unit × month × sex × age band, shared by its three measures.
		if (r % MEASURES.length === 0) n = next() % 50 === 0 ? 3 + (next() % 8) : 11 + (next() % 50);
		r = Math.floor(r / MEASURES.length);
		const age = AGE_BANDS[r % AGE_BANDS.length]!;
		r = Math.floor(r / AGE_BANDS.length);
		const sex = SEXES[r % SEXES.length]!;
		const m = Math.floor(r / SEXES.length);
		const month = `${2022 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
		const value = ((next() % 1500) / 100).toFixed(2).replace('.', ',');
		lines.push(`0461;${month};${measure};${sex};${age};Syntetisk enhet ${unit + 1};${value};${n}`);
	}
	return Buffer.from(lines.join('\n') + '\n');
}
