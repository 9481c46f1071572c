import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.wasm': 'application/wasm',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.parquet': 'application/vnd.apache.parquet',
	'.txt': 'text/plain; charset=utf-8',
	'.map': 'application/json'
};

/** A plain static server for the built site, as any municipal web server would serve it. */
export function startStaticServer(
	root: string,
	port = 0,
	host = '127.0.0.1'
): Promise<{ server: Server; url: string }> {
	const server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		let file = normalize(join(root, path));
		if (!file.startsWith(root)) return void res.writeHead(403).end();
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) file = join(root, '404.html');

		res.writeHead(200, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'cache-control': 'no-cache'
		});
		createReadStream(file).pipe(res);
	});
	return new Promise((resolve) => {
		server.listen(port, host, () => {
			const addr = server.address();
			const p = typeof addr === 'object' && addr ? addr.port : port;
			resolve({ server, url: `http://${host}:${p}` });
		});
	});
}
