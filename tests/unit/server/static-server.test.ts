import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompress } from '../../../scripts/lib/precompress';
import { IMMUTABLE, startStaticServer } from '../../../scripts/lib/static-server';

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

let dir: string;
let server: Server;
let port: number;
const JS = `export const x = ${JSON.stringify('tertial '.repeat(500))};\n`;

/** A raw request: the path goes out exactly as written (no URL normalisation on the way). */
function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
	return new Promise((resolve, reject) => {
		const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
		});
		req.on('error', reject);
		req.end();
	});
}

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'tertial-server-'));
	const root = join(dir, 'build');
	// A sibling whose name starts with the root's: the old prefix check served it.
	mkdirSync(join(dir, 'build-secret'), { recursive: true });
	writeFileSync(join(dir, 'build-secret', 'secret.txt'), 'SECRET');
	mkdirSync(join(root, '_app', 'immutable', 'chunks'), { recursive: true });
	mkdirSync(join(root, 'data'), { recursive: true });
	mkdirSync(join(root, 'jamfor'), { recursive: true });
	writeFileSync(join(root, 'index.html'), '<!doctype html><title>start</title>');
	writeFileSync(join(root, 'jamfor', 'index.html'), '<!doctype html><title>jamfor</title>');
	writeFileSync(join(root, '404.html'), '<!doctype html><title>spa-fallback</title>');
	writeFileSync(join(root, '_app', 'immutable', 'chunks', 'app.abc123.js'), JS);
	writeFileSync(join(root, 'data', 'manifest.json'), JSON.stringify({ tables: Array(200).fill('budget') }));
	await precompress(root);
	({ server, port } = await startStaticServer(root).then(({ server, url }) => ({
		server,
		port: Number(new URL(url).port)
	})));
});

afterAll(() => {
	server?.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('static server (sirv)', () => {
	it('serves pages with validators and no-cache, and answers a revalidation with 304', async () => {
		const r = await get('/jamfor/?kommun=nybro');
		expect(r.status).toBe(200);
		expect(r.body.toString()).toContain('jamfor');
		expect(r.headers['cache-control']).toBe('no-cache');
		expect(r.headers['etag']).toBeTruthy();
		expect(r.headers['last-modified']).toBeTruthy();
		expect(r.headers['x-content-type-options']).toBe('nosniff');
		const again = await get('/jamfor/', { 'If-None-Match': String(r.headers['etag']) });
		expect(again.status).toBe(304);
	});

	it('marks content-hashed assets immutable for a year', async () => {
		const r = await get('/_app/immutable/chunks/app.abc123.js');
		expect(r.status).toBe(200);
		expect(r.headers['cache-control']).toBe(IMMUTABLE);
		expect(r.headers['content-type']).toMatch(/javascript/);
		expect((await get('/data/manifest.json')).headers['cache-control']).toBe('no-cache');
	});

	it('sends the precompressed brotli or gzip copy the browser accepts', async () => {
		const br = await get('/_app/immutable/chunks/app.abc123.js', { 'Accept-Encoding': 'gzip, deflate, br' });
		expect(br.headers['content-encoding']).toBe('br');
		expect(br.headers['vary']).toBe('Accept-Encoding');
		expect(br.headers['content-type']).toMatch(/javascript/);
		expect(br.body.length).toBeLessThan(JS.length / 10);
		expect(brotliDecompressSync(br.body).toString()).toBe(JS);
		const gz = await get('/_app/immutable/chunks/app.abc123.js', { 'Accept-Encoding': 'gzip' });
		expect(gz.headers['content-encoding']).toBe('gzip');
		expect(gunzipSync(gz.body).toString()).toBe(JS);
		const plain = await get('/_app/immutable/chunks/app.abc123.js');
		expect(plain.headers['content-encoding']).toBeUndefined();
		expect(plain.body.toString()).toBe(JS);
	});

	it('never serves a file outside the root, however the path is spelled', async () => {
		for (const path of [
			'/..%2Fbuild-secret/secret.txt',
			'/../build-secret/secret.txt',
			'/%2e%2e/build-secret/secret.txt',
			'/..%5Cbuild-secret%5Csecret.txt',
			'/_app/../../build-secret/secret.txt',
			'/%2e%2e%2fbuild-secret%2fsecret.txt'
		]) {
			const r = await get(path);
			expect(r.status, path).toBe(404);
			expect(r.body.toString(), path).not.toContain('SECRET');
		}
	});

	it('survives malformed URIs, odd ranges and other methods', async () => {
		expect((await get('/%E0%A4%A')).status).toBe(404);
		expect((await get('/_app/immutable/chunks/%E0%A4%A.js')).status).toBe(404);
		const reversed = await get('/_app/immutable/chunks/app.abc123.js', { Range: 'bytes=90-10' });
		expect(reversed.status).toBe(200);
		const partial = await get('/_app/immutable/chunks/app.abc123.js', { Range: 'bytes=0-9', 'Accept-Encoding': 'br' });
		expect(partial.status).toBe(206);
		expect(partial.body.toString()).toBe(JS.slice(0, 10));
		expect((await get('/', {}, 'POST')).status).toBe(405);
		// Still alive after all of that.
		expect((await get('/')).status).toBe(200);
	});

	it('answers a missing script with a plain 404 and an unknown route with the SPA fallback, status 404', async () => {
		const js = await get('/_app/immutable/chunks/missing.js');
		expect(js.status).toBe(404);
		expect(js.headers['content-type']).toMatch(/text\/plain/);
		expect(js.body.toString()).not.toContain('spa-fallback');
		const route = await get('/finns-inte/alls');
		expect(route.status).toBe(404);
		expect(route.headers['content-type']).toMatch(/text\/html/);
		expect(route.body.toString()).toContain('spa-fallback');
	});
});
