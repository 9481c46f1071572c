import { z } from 'zod';

/** static/data/manifest.json: what the build wrote, so the app can cache-bust and show counts at once. */
export const ManifestTable = z.object({ file: z.string(), rows: z.number().int(), sha256: z.string() });
export const Manifest = z.object({
	generated_from: z.string(),
	version: z.string(),
	tables: z.record(z.string(), ManifestTable)
});
export type Manifest = z.infer<typeof Manifest>;
