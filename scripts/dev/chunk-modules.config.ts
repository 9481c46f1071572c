// Dev aid: `npx vite build --config scripts/dev/chunk-modules.config.ts` — the normal build, plus
// each client chunk's modules (rendered code, gzip each alone: a rough share) in .svelte-kit/chunk-modules.json.
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import base from '../../vite.config';

const report: Plugin = {
	name: 'tertial:chunk-modules',
	generateBundle(_o, bundle) {
		const out: Record<string, { gz: number; modules: [string, number][] }> = {};
		for (const [name, c] of Object.entries(bundle)) {
			if (c.type !== 'chunk') continue;
			const modules = Object.entries(c.modules)
				.map(
					([id, m]) => [id.replace(/.*node_modules\//, ''), m.code ? gzipSync(m.code).length : 0] as [string, number]
				)
				.sort((a, b) => b[1] - a[1]);
			out[name] = { gz: gzipSync(c.code).length, modules };
		}
		writeFileSync(`.svelte-kit/chunk-modules-${this.environment?.name ?? 'x'}.json`, JSON.stringify(out, null, 1));
	}
};
export default { ...base, plugins: [...(base.plugins ?? []), report] };
