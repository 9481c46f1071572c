import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readParquet } from 'parquet-wasm';
import { csvObjects, parseCsv } from '../../src/lib/csv/parse';
import type { Catalogue } from '../../src/lib/import/catalogue';
import { suggestChoice, suggestMapping } from '../../src/lib/import/mapping';
import { readFile, type ReadDeps } from '../../src/lib/import/read/read-file';
import { formatByKey } from '../../src/lib/import/registry';
import { validate, type Mapping, type Validated } from '../../src/lib/import/validate';

const DATA = join(import.meta.dirname, '..', '..', 'data');
const rows = (f: string) => csvObjects(parseCsv(readFileSync(join(DATA, f), 'utf8'))).map((r) => r.values);

/** The catalogue the browser would fetch, read from the data build's own CSVs; plus two Kolada kommuner. */
export function nodeCatalogue(): Catalogue {
	const kommuner = Object.fromEntries(rows('municipalities.csv').map((m) => [m.kommun!, m.name!]));
	return {
		measures: Object.fromEntries(
			['measures.csv', ...readdirSync(DATA).map((d) => join(d, 'measures.csv'))]
				.filter((f) => existsSync(join(DATA, f)))
				.flatMap(rows)
				.map((m) => [m.measure!, { domain: m.domain!, unit: m.unit!, label: m.label_sv! }])
		),
		kommuner: { ...kommuner, '0180': 'Stockholm', '2480': 'Umeå' },
		areas: rows('areas.csv').map((a) => a.area_std!)
	};
}

export const nodeDeps: ReadDeps = {
	parquetToIpc: async (bytes) => readParquet(bytes).intoIPCStream(),
	sheetjs: () => import('@e965/xlsx')
};

export type NodeImport =
	| { read: false; row: number; reason: string }
	| { read: true; formatKey: string; mapping: Mapping; validated: Validated };

/** A file through the same read → map → validate path the worker runs, with the suggested mapping. */
export async function importInNode(
	bytes: Uint8Array,
	name: string,
	formatKey?: string,
	mappingOverride: Mapping = {}
): Promise<NodeImport> {
	const read = await readFile(bytes, name, nodeDeps);
	if (!read.ok) return { read: false, row: read.row, reason: read.reason };
	const key = formatKey ?? suggestChoice(read.table.header);
	const format = formatByKey(key)!;
	const mapping = { ...suggestMapping(read.table.header, format), ...mappingOverride };
	return {
		read: true,
		formatKey: key,
		mapping,
		validated: await validate(read.table, name, format, mapping, nodeCatalogue())
	};
}
