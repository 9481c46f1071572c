import { z } from 'zod';
import { KoladaManifest } from './kolada';

/** static/data/manifest.json: what the build wrote, so the app can cache-bust and show counts at once. */
export const ManifestTable = z.object({ file: z.string(), rows: z.number().int(), sha256: z.string() });
export const Manifest = z.object({
	generated_from: z.string(),
	version: z.string(),
	tables: z.record(z.string(), ManifestTable),
	/** Present when Kolada was fetched or imported into static/data/kolada/ before the build. */
	kolada: KoladaManifest.optional()
});
export type Manifest = z.infer<typeof Manifest>;
