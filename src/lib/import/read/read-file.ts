import { MAX_FILE_BYTES, formatMegabytes, tooManyRows } from '../limits';
import { parseCsvRecords } from './csv-records';
import { decodeBytes } from './decode';
import type { ReadOutcome } from './raw-table';
import { sniff } from './sniff';
import { arrowToRaw } from './arrow-cells';
import { xlsxToRaw } from './xlsx-cells';

/** What reading needs from its surroundings: the worker hands browser builds, tests Node builds. */
export type ReadDeps = {
	parquetToIpc(bytes: Uint8Array): Promise<Uint8Array>;
	sheetjs(): Promise<typeof import('@e965/xlsx')>;
};

/** Any file a user drops → text cells, or one reason it cannot be read. Nothing here touches the database. */
export async function readFile(
	bytes: Uint8Array,
	name: string,
	deps: ReadDeps,
	onProgress?: (fraction: number) => void
): Promise<ReadOutcome> {
	const out = await readCells(bytes, name, deps, onProgress);
	const many = out.ok ? tooManyRows(out.table.rows.length) : null;
	return many ? { ok: false, row: 0, reason: many } : out;
}

async function readCells(
	bytes: Uint8Array,
	name: string,
	deps: ReadDeps,
	onProgress?: (fraction: number) => void
): Promise<ReadOutcome> {
	if (bytes.length > MAX_FILE_BYTES)
		return { ok: false, row: 0, reason: `filen är för stor (gränsen är ${formatMegabytes(MAX_FILE_BYTES)})` };
	if (bytes.length === 0) return { ok: false, row: 1, reason: 'filen är tom' };
	const { kind, reason } = sniff(bytes, name);
	if (kind === 'refused') return { ok: false, row: 0, reason: reason! };
	if (kind === 'parquet') {
		try {
			return { ok: true, kind: 'Parquet', table: arrowToRaw(await deps.parquetToIpc(bytes)) };
		} catch (e) {
			return {
				ok: false,
				row: 0,
				reason: `Parquet-filen är trasig eller ofullständig och kan inte läsas (${short(e)})`
			};
		}
	}
	if (kind === 'xlsx') {
		const t = xlsxToRaw(await deps.sheetjs(), bytes);
		return 'error' in t ? { ok: false, row: 0, reason: t.error } : { ok: true, kind: 'Excel', table: t };
	}
	const decoded = decodeBytes(bytes);
	if ('error' in decoded) return { ok: false, row: 0, reason: decoded.error };
	const t = parseCsvRecords(decoded.text, onProgress);
	if ('error' in t) return { ok: false, row: t.row, reason: t.error };
	t.details = { format: 'CSV', teckenkodning: decoded.encoding, avgränsare: `”${t.details.delimiter}”` };
	return { ok: true, kind: 'CSV', table: t };
}

function short(e: unknown): string {
	return (e instanceof Error ? e.message : String(e)).slice(0, 120);
}
