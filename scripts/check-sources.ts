// Validates data/ against the zod schemas, the dimensions and (when ../shared is present) the documents.
import { join } from 'node:path';
import { checkProvenance, readAll } from './lib/check-rows';
import { formatProblem } from './lib/read-sources';

const root = join(import.meta.dirname, '..');
const documents = process.env.TERTIAL_DOCUMENTS ?? join(root, '..', 'shared', 'documents');
const { tables, problems } = readAll(join(root, 'data'));
const all = [...problems, ...checkProvenance(tables, documents)];
for (const p of all) console.error(formatProblem(p));
const counts = Object.entries(tables)
	.map(([k, v]) => `${k} ${v.length}`)
	.join(', ');
console.log(`${all.length === 0 ? 'OK' : `${all.length} fel`} — ${counts}`);
process.exit(all.length === 0 ? 0 : 1);
