// npm run data:kolada:import -- <dir-or-files…> [--out <dir>] [--fetched ÅÅÅÅ-MM(-DD)]
// Kolada files (the dump's CSVs, or saved API v2/v3 JSON) → static/data/kolada/*.parquet + manifest.json.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { KoladaParseError } from '../../src/lib/kolada/errors';
import { yearRange } from '../../src/lib/kolada/merge';
import { expandInputs, readKoladaFiles } from './read-files';
import { MANIFEST_FILE, writeKoladaTables } from './write-tables';

export const DEFAULT_OUT = join(import.meta.dirname, '..', '..', 'static', 'data', 'kolada');

/**
 * The import as a function: tests call it with a temp out dir. `fetched` is when the files were
 * taken from Kolada, if known (the dump in ../shared/opendata: 2024-08); default today.
 * By default the files are added to the set already in outDir (a row with the same key is
 * replaced; tables the files do not have are kept); `replace` starts the set afresh.
 */
export async function importKolada(
	inputs: readonly string[],
	outDir: string,
	fetched = new Date().toISOString().slice(0, 10),
	opts: { replace?: boolean } = {}
) {
	const started = performance.now();
	const { rows, report } = readKoladaFiles(expandInputs(inputs));
	if (rows.kolada_values.length === 0)
		throw new Error('inga Kolada-värden bland filerna — ange den långa CSV-filen eller API-svar');
	const merged = !opts.replace && existsSync(join(outDir, MANIFEST_FILE));
	const warnings: string[] = [];
	const manifest = await writeKoladaTables(
		rows,
		outDir,
		{
			generated_from: `files: ${report.files.map((f) => f.file).join(', ')}${merged ? ' (tillagt till befintliga)' : ''}`,
			vintage: { fetched, ...yearRange(rows.kolada_values), source: 'files' },
			notes: report.notes
		},
		{ merge: merged, warn: (w) => warnings.push(w) }
	);
	return { manifest, report, merged, warnings, ms: Math.round(performance.now() - started) };
}

/** `--name value` options out of argv; the rest are inputs. */
function options(
	argv: string[],
	names: readonly string[]
): { opts: Record<string, string | undefined>; rest: string[] } {
	const opts: Record<string, string | undefined> = {};
	const rest: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		if (names.includes(argv[i]!)) opts[argv[i]!] = argv[++i];
		else rest.push(argv[i]!);
	}
	return { opts, rest };
}

async function main(argv: string[]): Promise<void> {
	const replace = argv.includes('--replace');
	const { opts, rest: inputs } = options(
		argv.filter((a) => a !== '--replace'),
		['--out', '--fetched']
	);
	const out = opts['--out'] ?? DEFAULT_OUT;
	const fetched = opts['--fetched'] ?? new Date().toISOString().slice(0, 10);
	if (inputs.length === 0 || !/^\d{4}-\d{2}(-\d{2})?$/.test(fetched)) {
		console.error(
			'användning: npm run data:kolada:import -- <mapp eller filer…> [--out <mapp>] [--fetched ÅÅÅÅ-MM(-DD)] [--replace]'
		);
		process.exit(2);
	}
	try {
		const { manifest, report, merged, warnings, ms } = await importKolada(inputs, out, fetched, { replace });
		if (merged) console.log('  tillagt till den Kolada-uppsättning som redan fanns (--replace ersätter den helt)');
		for (const f of report.files) console.log(`  ${f.file}: ${f.rows} rader (${f.kind})`);
		for (const s of report.skipped) console.log(`  hoppade över ${s}`);
		for (const n of report.notes) console.log(`  OBS: ${n}`);
		for (const w of warnings) console.warn(`  VARNING: ${w}`);
		for (const m of Object.values(manifest.tables)) console.log(`  → ${join(out, m.file)}: ${m.rows} rader`);
		console.log(
			`Kolada ${manifest.vintage.first_year}–${manifest.vintage.last_year}, importerat på ${ms} ms. Källa: Kolada (RKA).`
		);
	} catch (e) {
		console.error(
			e instanceof KoladaParseError
				? `Fel i Kolada-fil: ${e.message}`
				: `Kolada-importen misslyckades: ${(e as Error).message}`
		);
		process.exit(1);
	}
}

if (process.argv[1] && import.meta.filename === process.argv[1]) await main(process.argv.slice(2));
