import { Float64, Table, tableToIPC, Utf8, vectorFromArray } from 'apache-arrow';

/** An Arrow IPC stream of plain (not dictionary-encoded) columns, as parquet-wasm writes them. */
export const ipc = (cols: Record<string, string[] | number[]>) =>
	tableToIPC(
		new Table(
			Object.fromEntries(
				Object.entries(cols).map(([k, v]) => [
					k,
					typeof v[0] === 'string' ? vectorFromArray(v, new Utf8()) : vectorFromArray(v, new Float64())
				])
			)
		),
		'stream'
	);
