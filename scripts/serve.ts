// Serves the built dashboard (build/) on http://127.0.0.1:4173 — `npm start` ends here.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startStaticServer } from './lib/static-server';

const root = join(import.meta.dirname, '..', 'build');
if (!existsSync(join(root, 'index.html'))) {
	console.error('build/ saknas — kör npm run build först (npm start gör det åt dig).');
	process.exit(1);
}
const port = Number(process.env.PORT ?? 4173);
const { url } = await startStaticServer(root, port, process.env.HOST ?? '127.0.0.1');
console.log(`Tertial körs på ${url}/ (Ctrl+C avslutar)`);
