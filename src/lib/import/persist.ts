import type { Mapping } from './validate';

/** One loaded file as the Data page lists it, and what is needed to load it again after a reload. */
export type StoredExtract = {
	id: string;
	file: string;
	formatKey: string;
	formatLabel: string;
	mapping: Mapping;
	/** The kommun the user named for a file without a kommun column. */
	kommun?: string;
	tables: string[];
	kommuner: string[];
	/** Kommuner this file brought to the site (from Kolada's list): removed with it. */
	addedKommuner: string[];
	periods: string[];
	rows: number;
	loadedAt: string;
};

interface Store {
	list(): Promise<StoredExtract[]>;
	save(meta: StoredExtract, blob: Blob): Promise<void>;
	blob(id: string): Promise<Blob | undefined>;
	remove(id: string): Promise<void>;
	clear(): Promise<void>;
}

const DIR = 'tertial-egna-extrakt';
const INDEX = 'index.json';

/** Origin Private File System: the browser's own disk for this site, never sent anywhere. */
const opfs: Store = {
	async list() {
		const d = await opfsDir();
		try {
			const f = await (await d.getFileHandle(INDEX)).getFile();
			return JSON.parse(await f.text()) as StoredExtract[];
		} catch {
			return [];
		}
	},
	async save(meta, blob) {
		const d = await opfsDir();
		await writeFile(d, `${meta.id}.bin`, blob);
		const list = (await this.list()).filter((m) => m.id !== meta.id);
		await writeFile(d, INDEX, new Blob([JSON.stringify([...list, meta])]));
	},
	async blob(id) {
		try {
			return await (await (await opfsDir()).getFileHandle(`${id}.bin`)).getFile();
		} catch {
			return undefined;
		}
	},
	async remove(id) {
		const d = await opfsDir();
		const list = (await this.list()).filter((m) => m.id !== id);
		await writeFile(d, INDEX, new Blob([JSON.stringify(list)]));
		await d.removeEntry(`${id}.bin`).catch(() => undefined);
	},
	async clear() {
		const root = await navigator.storage.getDirectory();
		await root.removeEntry(DIR, { recursive: true }).catch(() => undefined);
	}
};

async function opfsDir(): Promise<FileSystemDirectoryHandle> {
	const root = await navigator.storage.getDirectory();
	return root.getDirectoryHandle(DIR, { create: true });
}

async function writeFile(d: FileSystemDirectoryHandle, name: string, blob: Blob): Promise<void> {
	const w = await (await d.getFileHandle(name, { create: true })).createWritable();
	await w.write(blob);
	await w.close();
}

/** IndexedDB, where OPFS is missing (older Safari, some private windows). */
const idb: Store = {
	async list() {
		return (await tx<{ meta: StoredExtract }[]>('readonly', (s) => s.getAll())).map((r) => r.meta);
	},
	async save(meta, blob) {
		await tx('readwrite', (s) => s.put({ id: meta.id, meta, blob }));
	},
	async blob(id) {
		return (await tx<{ blob: Blob } | undefined>('readonly', (s) => s.get(id)))?.blob;
	},
	async remove(id) {
		await tx('readwrite', (s) => s.delete(id));
	},
	async clear() {
		await tx('readwrite', (s) => s.clear());
	}
};

function tx<T>(mode: IDBTransactionMode, op: (s: IDBObjectStore) => IDBRequest): Promise<T> {
	return new Promise((resolve, reject) => {
		const open = indexedDB.open(DIR, 1);
		open.onupgradeneeded = () => open.result.createObjectStore('extracts', { keyPath: 'id' });
		open.onerror = () => reject(open.error);
		open.onsuccess = () => {
			const db = open.result;
			const req = op(db.transaction('extracts', mode).objectStore('extracts'));
			req.onsuccess = () => {
				resolve(req.result as T);
				db.close();
			};
			req.onerror = () => reject(req.error);
		};
	});
}

/**
 * Whether this browser keeps own extracts, readable at once before the first paint
 * (static/own-kept.js): Översikt's prerendered headlines leave them out, so they are hidden then.
 */
export const KEPT_HINT = 'tertial:egna-filer';

function hint(kept: boolean): void {
	try {
		if (kept) localStorage.setItem(KEPT_HINT, '1');
		else localStorage.removeItem(KEPT_HINT);
	} catch {
		// Storage disabled: the page hides the prerendered headlines until it has looked itself.
	}
}

/** The store, keeping the hint in step with what it holds (each listing corrects it too). */
function hinted(s: Store): Store {
	return {
		async list() {
			const l = await s.list();
			hint(l.length > 0);
			return l;
		},
		async save(meta, blob) {
			await s.save(meta, blob);
			hint(true);
		},
		blob: (id) => s.blob(id),
		async remove(id) {
			await s.remove(id);
			hint((await s.list()).length > 0);
		},
		async clear() {
			await s.clear();
			hint(false);
		}
	};
}

let chosen: Promise<Store> | undefined;

/** OPFS when it works here (it can be present but refuse, e.g. in private windows), else IndexedDB. */
export function ownStore(): Promise<Store> {
	chosen ??= (async () => {
		try {
			const d = await opfsDir();
			await writeFile(d, '.probe', new Blob(['ok']));
			return hinted(opfs);
		} catch {
			return hinted(idb);
		}
	})();
	return chosen;
}
