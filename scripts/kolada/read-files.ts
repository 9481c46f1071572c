import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { detectCsv, detectJson, type KoladaFileKind } from '../../src/lib/kolada/detect';
import { KoladaParseError } from '../../src/lib/kolada/errors';
import { mergeUnique, mergeValues, type Sourced } from '../../src/lib/kolada/merge';
import { parseApiData } from '../../src/lib/kolada/parse-api-data';
import { parseApiKpis, parseApiMunicipalities, parseApiPeerGroups } from '../../src/lib/kolada/parse-api-meta';
import { parseGenderCsv } from '../../src/lib/kolada/parse-gender-csv';
import { parseLongCsv } from '../../src/lib/kolada/parse-long-csv';
import { roundedInSource } from '../../src/lib/kolada/precision';
import { parseKpisCsv, parseMunicipalitiesCsv, parsePeerGroupsCsv } from '../../src/lib/kolada/parse-meta-csv';
import type {
	KoladaKpi,
	KoladaMunicipality,
	KoladaPeerGroup,
	KoladaRows,
	KoladaValue
} from '../../src/lib/schema/kolada';

export type ImportReport = {
	files: { file: string; kind: KoladaFileKind; rows: number }[];
	skipped: string[];
	notes: string[];
};

/** Files named on the command line, or every .csv/.json directly in a named directory (sorted). */
export function expandInputs(inputs: readonly string[]): string[] {
	return inputs.flatMap((p) =>
		statSync(p).isDirectory()
			? readdirSync(p)
					.filter((f) => /\.(csv|json)$/i.test(f))
					.sort()
					.map((f) => join(p, f))
			: [p]
	);
}

function kindOf(path: string, text: string): { kind: KoladaFileKind | null; json?: unknown } {
	if (/\.json$/i.test(path)) {
		let json: unknown;
		try {
			json = JSON.parse(text);
		} catch (e) {
			throw new KoladaParseError(basename(path), null, null, `ogiltig JSON: ${(e as Error).message}`);
		}
		return { kind: detectJson(json), json };
	}
	const header = text
		.slice(0, text.indexOf('\n') >>> 0)
		.replace(/^\uFEFF/, '')
		.trim()
		.split(',')
		.map((h) => h.replace(/^"|"$/g, '').trim());
	return { kind: detectCsv(header) };
}

/**
 * Kolada files (the dump's CSVs or saved API responses) → the four tables. Files that are not
 * Kolada files are listed as skipped (a README in the folder is fine); a malformed Kolada file
 * stops the import with its file, row and column.
 */
export function readKoladaFiles(paths: readonly string[]): { rows: KoladaRows; report: ImportReport } {
	const values: Sourced<KoladaValue>[] = [];
	const municipalities: Sourced<KoladaMunicipality>[] = [];
	const kpis: Sourced<KoladaKpi>[] = [];
	const groups: Sourced<KoladaPeerGroup>[] = [];
	const apiGroups: { file: string; json: unknown }[] = [];
	const report: ImportReport = { files: [], skipped: [], notes: [] };
	for (const path of paths) {
		const file = basename(path);
		const text = readFileSync(path, 'utf8');
		const { kind, json } = kindOf(path, text);
		if (!kind) {
			report.skipped.push(`${file}: inte en Kolada-fil som känns igen`);
			continue;
		}
		const add = <T>(list: Sourced<T>[], rows: T[]) => {
			list.push({ file, rows });
			report.files.push({ file, kind, rows: rows.length });
		};
		if (kind === 'values-long' || kind === 'values-gender') {
			add(values, kind === 'values-long' ? parseLongCsv(text, file) : parseGenderCsv(text, file));
			const rounded = roundedInSource(text);
			if (rounded.count > 0)
				report.notes.push(
					`${file}: ${rounded.count} värden står med högst sex värdesiffror (t.ex. ${rounded.example}) och är alltså avrundade i källfilen; de behålls som de står.`
				);
		} else if (kind === 'municipalities') add(municipalities, parseMunicipalitiesCsv(text, file));
		else if (kind === 'kpis') add(kpis, parseKpisCsv(text, file));
		else if (kind === 'peer-groups') add(groups, parsePeerGroupsCsv(text, file));
		else if (kind === 'api-data') add(values, parseApiData(json, file).rows);
		else if (kind === 'api-municipalities') add(municipalities, parseApiMunicipalities(json, file).rows);
		else if (kind === 'api-kpis') add(kpis, parseApiKpis(json, file).rows);
		else apiGroups.push({ file, json }); // needs the municipality names first
	}
	const kolada_municipalities = mergeUnique(municipalities, (m) => m.kommun, 'kommunen');
	for (const { file, json } of apiGroups) {
		const parsed = parseApiPeerGroups(json, file, kolada_municipalities);
		groups.push({ file, rows: parsed.rows });
		report.files.push({ file, kind: 'api-groups', rows: parsed.rows.length });
		report.skipped.push(
			...parsed.skipped.map((s) => `${file}: grupp ${s} är ingen "Liknande kommuner"-grupp med känd kommun`)
		);
	}
	return {
		rows: {
			kolada_values: mergeValues(values),
			kolada_municipalities,
			kolada_kpis: mergeUnique(kpis, (k) => k.kpi, 'nyckeltalet'),
			kolada_peer_groups: mergeUnique(groups, (g) => `${g.group_id} ${g.member_kommun}`, 'gruppmedlemmen')
		},
		report
	};
}
