import { KPI_ID } from '../schema/kolada';
import type { Sex } from '../schema/common';

/**
 * Kolada's 4-character id from what files actually hold: '0' = Riket (0000), 1–2 digits = a
 * region (00LL), 3 digits = a kommun whose leading zero a spreadsheet dropped, 4 digits as is.
 * Null when it cannot be a Kolada municipality id.
 */
export function koladaMunicipalityId(raw: string): string | null {
	const s = raw.trim();
	if (!/^\d{1,4}$/.test(s)) return null;
	if (s.length <= 2) return s === '0' ? '0000' : `00${s.padStart(2, '0')}`;
	return s.padStart(4, '0');
}

/** Region (län) id for a county code: '01' → '0001'. */
export const regionId = (countyCode: string): string => `00${countyCode}`;

/** 'T'/'K'/'M' in either case (the ddf dump writes k/m); null otherwise. */
export function koladaSex(raw: string): Sex | null {
	const s = raw.trim().toUpperCase();
	return s === 'T' || s === 'K' || s === 'M' ? s : null;
}

export function koladaKpiId(raw: string): string | null {
	const s = raw.trim().toUpperCase();
	return KPI_ID.test(s) ? s : null;
}

const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** A value cell: '' (and the usual spellings of missing) → null; anything else must be a plain number. */
export function koladaNumber(raw: string): number | null | undefined {
	const s = raw.trim();
	if (s === '' || s === 'NA' || s === 'null' || s === 'NaN') return null;
	return NUMBER.test(s) ? Number(s) : undefined;
}

export function koladaYear(raw: string | number): number | null {
	const s = String(raw).trim();
	return /^\d{4}$/.test(s) ? Number(s) : null;
}
