import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import sirv from 'sirv';

/** Content-hashed files (Vite's `_app/immutable/**`) never change under their name. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else may change with the next build: revalidate with ETag / Last-Modified. */
export const REVALIDATE = 'no-cache';

// A single byte range `a-b` or `a-`; anything else (suffix, multiple, reversed) is ignored and
// the whole file is sent, which RFC 9110 allows — sirv would otherwise crash on `bytes=9-1`.
const SIMPLE_RANGE = /^bytes=(\d{1,15})-(\d{0,15})$/;

// Types mrmime does not know.
const EXTRA_TYPES: Record<string, string> = { '.parquet': 'application/vnd.apache.parquet' };

function sanitiseRange(req: IncomingMessage): void {
	const range = req.headers.range;
	if (range === undefined) return;
	const m = SIMPLE_RANGE.exec(range);
	if (!m || (m[2] !== '' && Number(m[2]) < Number(m[1]))) delete req.headers.range;
	// A range addresses the file's own bytes, not a compressed copy.
	else delete req.headers['accept-encoding'];
}

function securityHeaders(res: ServerResponse): void {
	res.setHeader('X-Content-Type-Options', 'nosniff');
	res.setHeader('Referrer-Policy', 'no-referrer');
}

/**
 * The built site served by sirv (a maintained static server): precompressed `.br`/`.gz`
 * siblings when the browser accepts them, validators on every file, long caching only for
 * content-hashed assets. Only files present at start are served (no path can leave `root`).
 * A missing file with an extension is a plain 404; an unknown route gets the SPA's 404.html,
 * status 404, so SvelteKit's client shows its own "not found" page.
 */
export function createStaticHandler(root: string): (req: IncomingMessage, res: ServerResponse) => void {
	const fallbackFile = join(root, '404.html');
	const fallback = existsSync(fallbackFile) ? readFileSync(fallbackFile) : null;
	const serve = sirv(root, {
		dev: false,
		etag: true,
		brotli: true,
		gzip: true,
		setHeaders: (res, pathname) => {
			res.setHeader('Cache-Control', pathname.startsWith('/_app/immutable/') ? IMMUTABLE : REVALIDATE);
			const type = EXTRA_TYPES[extname(pathname)];
			if (type) res.setHeader('Content-Type', type);
		},
		onNoMatch: (req, res) => notFound(req, res)
	});

	function notFound(req: IncomingMessage, res: ServerResponse): void {
		const path = (req.url ?? '/').split('?')[0] ?? '/';
		res.setHeader('Cache-Control', REVALIDATE);
		if (fallback && extname(path) === '') {
			res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': fallback.length });
			res.end(req.method === 'HEAD' ? undefined : fallback);
			return;
		}
		res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
		res.end(req.method === 'HEAD' ? undefined : 'Not found\n');
	}

	return (req, res) => {
		securityHeaders(res);
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.writeHead(405, { Allow: 'GET, HEAD' }).end();
			return;
		}
		sanitiseRange(req);
		try {
			serve(req, res);
		} catch {
			// Whatever a request does, the server keeps running for the next one.
			if (!res.headersSent) res.writeHead(400);
			res.end();
		}
	};
}

/** The built site on loopback (or `host`), as `npm start`, the e2e tests and the bench use it. */
export function startStaticServer(
	root: string,
	port = 0,
	host = '127.0.0.1'
): Promise<{ server: Server; url: string }> {
	const server = createServer(createStaticHandler(root));
	// A malformed request line must never take the process down.
	server.on('clientError', (_err, socket) => {
		if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
		else socket.destroy();
	});
	return new Promise((resolve) => {
		server.listen(port, host, () => {
			const addr = server.address();
			const p = typeof addr === 'object' && addr ? addr.port : port;
			resolve({ server, url: `http://${host}:${p}` });
		});
	});
}
