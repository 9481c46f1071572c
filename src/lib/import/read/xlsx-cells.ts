import type { RawTable } from './raw-table';

type Sheetjs = typeof import('@e965/xlsx');

/**
 * The first sheet of an .xlsx file → text cells. Numbers are written with a decimal comma (as a
 * Swedish CSV would), dates as ÅÅÅÅ-MM-DD; formulas are never evaluated, only their stored value read.
 */
export function xlsxToRaw(XLSX: Sheetjs, bytes: Uint8Array): RawTable | { error: string } {
	let wb;
	try {
		wb = XLSX.read(bytes, { type: 'array', cellDates: true, cellFormula: false, cellHTML: false, dense: true });
	} catch {
		return { error: 'Excel-filen är skadad och kan inte läsas. Öppna den i Excel och spara som CSV.' };
	}
	const sheetName = wb.SheetNames[0];
	const ws = sheetName ? wb.Sheets[sheetName] : undefined;
	if (!ws || !ws['!ref']) return { error: 'Excel-filens första blad är tomt.' };
	const first = XLSX.utils.decode_range(ws['!ref']).s.r;
	const grid = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true, defval: '', blankrows: true });
	const rows = grid.map((cells, i) => ({ line: first + i + 1, cells: cells.map(cellText) }));
	const nonEmpty = rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
	if (nonEmpty.length === 0) return { error: 'Excel-filens första blad är tomt.' };
	const [head, ...body] = nonEmpty;
	return {
		header: head!.cells.map((h) => h.trim()),
		rows: body,
		details: {
			format: 'Excel (.xlsx)',
			blad: `${sheetName}${wb.SheetNames.length > 1 ? ` (första av ${wb.SheetNames.length})` : ''}`
		}
	};
}

function cellText(v: unknown): string {
	if (v == null) return '';
	if (v instanceof Date) {
		const y = v.getFullYear();
		return `${y}-${String(v.getMonth() + 1).padStart(2, '0')}-${String(v.getDate()).padStart(2, '0')}`;
	}
	if (typeof v === 'number') return String(v).replace('.', ',');
	if (typeof v === 'boolean') return v ? 'true' : 'false';
	return String(v);
}
