import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const DATA_DIR = join(ROOT, 'data');
export const BUILT_DATA = join(ROOT, 'static', 'data');
/** ../shared beside the project: present in CI and on developer machines, absent on a user's clone. */
export const SHARED = join(ROOT, '..', 'shared');
export const DOCUMENTS = join(SHARED, 'documents');
export const HAS_DOCUMENTS = existsSync(DOCUMENTS);
/** Kolada's reference dump: the Kolada suites run exactly when it is present. */
export const OPENDATA = join(SHARED, 'opendata');
export const HAS_OPENDATA = existsSync(OPENDATA);
