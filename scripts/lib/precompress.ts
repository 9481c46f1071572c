import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** What a browser downloads that compresses: the engine, code, styles, data and pages. */
export const COMPRESSIBLE = new Set(['.wasm', '.js', '.mjs', '.css', '.json', '.parquet', '.html', '.svg', '.map']);
// Brotli's best quality takes ~5 min for DuckDB's 34 MB wasm on these 2-core machines; 9 with a
// 16 MB window gets within 15 % of it in ~20 s. Small files get the best.
const BIG = 2 * 1024 * 1024;
// A copy that saves less than this is not worth a second file (e.g. an already compressed Parquet).
const MIN_SAVING = 0.05;

export type Compressed = { file: string; raw: number; br?: number; gz?: number };

function listFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile())
		.map((e) => join(e.parentPath, e.name));
}

function brotli(buf: Buffer): Promise<Buffer> {
	const big = buf.length > BIG;
	return brotliAsync(buf, {
		params: {
			[constants.BROTLI_PARAM_QUALITY]: big ? 9 : 11,
			[constants.BROTLI_PARAM_LGWIN]: big ? 24 : 22,
			[constants.BROTLI_PARAM_SIZE_HINT]: buf.length
		}
	});
}

/** Compressed copies keyed by content, so an unchanged wasm is compressed once per machine. */
async function cached(
	cacheDir: string | null,
	used: Set<string>,
	key: string,
	make: () => Promise<Buffer>
): Promise<Buffer> {
	if (!cacheDir) return make();
	used.add(key);
	const file = join(cacheDir, key);
	if (existsSync(file)) return readFileSync(file);
	const out = await make();
	writeFileSync(file, out);
	return out;
}

/**
 * Write `<file>.br` and `<file>.gz` beside every compressible file under `dir` (a static
 * server picks them by Accept-Encoding). Idempotent; returns the sizes, for the record.
 */
export async function precompress(dir: string, opts: { cacheDir?: string } = {}): Promise<Compressed[]> {
	const cacheDir = opts.cacheDir ?? null;
	if (cacheDir) mkdirSync(cacheDir, { recursive: true });
	const files = listFiles(dir).filter((f) => COMPRESSIBLE.has(extname(f)) && statSync(f).size > 0);
	const results: Compressed[] = [];
	const used = new Set<string>();
	// Two at a time: zlib runs on the thread pool, and these machines have two cores.
	const queue = [...files];
	async function worker(): Promise<void> {
		for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
			const buf = readFileSync(file);
			const hash = createHash('sha256').update(buf).digest('hex');
			const result: Compressed = { file, raw: buf.length };
			const br = await cached(cacheDir, used, `${hash}.br`, () => brotli(buf));
			const gz = await cached(cacheDir, used, `${hash}.gz`, () => gzipAsync(buf, { level: 9 }));
			for (const [ext, out] of [
				['br', br],
				['gz', gz]
			] as const) {
				if (out.length > buf.length * (1 - MIN_SAVING)) continue;
				writeFileSync(`${file}.${ext}`, out);
				result[ext] = out.length;
			}
			results.push(result);
		}
	}
	await Promise.all([worker(), worker()]);
	// Copies of files no longer in the build are dropped, so the cache stays one build's size.
	if (cacheDir) for (const name of readdirSync(cacheDir)) if (!used.has(name)) rmSync(join(cacheDir, name));
	return results.sort((a, b) => a.file.localeCompare(b.file));
}
