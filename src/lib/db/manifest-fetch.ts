import { Manifest } from '$lib/schema/manifest';

/** One fetch and parse per data folder and page: at national scale the manifest is ~1,7 MB. */
const fetched = new Map<string, Promise<Manifest>>();

/** The data folder's manifest (`root`, load.ts dataRoot), fetched once for the visit; a failure is not kept. */
export function fetchManifest(base: string, root = `${base}/data`): Promise<Manifest> {
	let m = fetched.get(root);
	if (!m) {
		m = (async () => {
			const res = await fetch(`${root}/manifest.json`, { cache: 'no-cache' });
			if (!res.ok) throw new Error(`data/manifest.json saknas (HTTP ${res.status}) — kör npm run data`);
			return Manifest.parse(await res.json());
		})();
		m.catch(() => fetched.delete(root));
		fetched.set(root, m);
	}
	return m;
}
