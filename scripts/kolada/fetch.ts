// npm run data:kolada [-- --from 2000 --to 2025 --out <dir>]
// Kolada API v3 (KOLADA_BASE_URL, default https://api.kolada.se/v3) → static/data/kolada/*.parquet + manifest.json.
import { SELECTED_KPIS } from '../../src/lib/kolada/selected-kpis';
import { yearRange } from '../../src/lib/kolada/merge';
import type { KoladaManifest } from '../../src/lib/schema/kolada';
import { defaultFetchOptions, fetchKolada, type FetchOptions } from './fetch-all';
import type { HttpDeps } from './http';
import { DEFAULT_OUT } from './import';
import { writeKoladaTables } from './write-tables';

/** Fetch and write; the clock (`deps.now`) dates the vintage, so tests pin it. */
export async function fetchKoladaToDir(
	opts: FetchOptions,
	deps: HttpDeps,
	outDir: string
): Promise<{ manifest: KoladaManifest; requests: number; skipped: string[] }> {
	const { rows, requests, skipped } = await fetchKolada(opts, deps);
	if (rows.kolada_values.length === 0)
		throw new Error(`Kolada-API:t gav inga värden för ${opts.kpis.join(', ')} ${opts.fromYear}–${opts.toYear}`);
	// Never an empty or partial set: every table must have rows, and every KPI asked for its description.
	const empty = (['kolada_municipalities', 'kolada_kpis', 'kolada_peer_groups'] as const).filter(
		(t) => rows[t].length === 0
	);
	if (empty.length > 0) throw new Error(`Kolada-API:t gav inga rader för ${empty.join(', ')}`);
	const described = new Set(rows.kolada_kpis.map((k) => k.kpi));
	const missing = opts.kpis.filter((k) => !described.has(k));
	if (missing.length > 0) throw new Error(`Kolada-API:t saknar beskrivning för ${missing.join(', ')}`);
	const manifest = await writeKoladaTables(rows, outDir, {
		generated_from: `${opts.baseUrl} (${opts.kpis.length} nyckeltal, ${opts.fromYear}–${opts.toYear})`,
		vintage: {
			fetched: new Date(deps.now()).toISOString().slice(0, 10),
			...yearRange(rows.kolada_values),
			source: 'api'
		},
		notes: []
	});
	return { manifest, requests, skipped };
}

function arg(argv: string[], name: string): string | undefined {
	const i = argv.indexOf(name);
	return i >= 0 ? argv[i + 1] : undefined;
}

async function main(argv: string[]): Promise<void> {
	const opts = defaultFetchOptions(SELECTED_KPIS, new Date());
	opts.baseUrl = process.env.KOLADA_BASE_URL ?? opts.baseUrl;
	opts.fromYear = Number(arg(argv, '--from') ?? opts.fromYear);
	opts.toYear = Number(arg(argv, '--to') ?? opts.toYear);
	if (!Number.isInteger(opts.fromYear) || !Number.isInteger(opts.toYear) || opts.fromYear > opts.toYear) {
		console.error('användning: npm run data:kolada -- [--from ÅÅÅÅ] [--to ÅÅÅÅ] [--out <mapp>]');
		process.exit(2);
	}
	const out = arg(argv, '--out') ?? DEFAULT_OUT;
	const deps: HttpDeps = {
		fetch: globalThis.fetch,
		sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
		now: () => Date.now(),
		log: (line) => console.log(line)
	};
	try {
		const { manifest, requests, skipped } = await fetchKoladaToDir(opts, deps, out);
		if (skipped.length > 0)
			console.log(
				`  ${skipped.length} grupper var inte "Liknande kommuner, <område>, <kommun>, <år>" och hoppades över`
			);
		for (const m of Object.values(manifest.tables)) console.log(`  → ${out}/${m.file}: ${m.rows} rader`);
		console.log(
			`Kolada ${manifest.vintage.first_year}–${manifest.vintage.last_year}, hämtat ${manifest.vintage.fetched} (${requests} anrop). Källa: Kolada (RKA).`
		);
	} catch (e) {
		console.error(`Kolada-hämtningen misslyckades: ${(e as Error).message}`);
		console.error('Inga filer ändrades. Utan nät: npm run data:kolada:import -- <mapp med Kolada-filer>');
		process.exit(1);
	}
}

if (process.argv[1] && import.meta.filename === process.argv[1]) await main(process.argv.slice(2));
