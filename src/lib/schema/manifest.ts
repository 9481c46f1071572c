import { z } from 'zod';
import { KoladaManifest } from './kolada';

/** static/data/manifest.json: what the build wrote, so the app can cache-bust and show counts at once. */
/** One hive partition (kommun=…/year=…) of a partitioned extract (scripts/generate-synthetic.ts). */
export const ManifestPartition = z.object({
	kommun: z.string(),
	year: z.number().int(),
	file: z.string(),
	rows: z.number().int(),
	bytes: z.number().int()
});
export type ManifestPartition = z.infer<typeof ManifestPartition>;
export const ManifestTable = z.object({
	file: z.string(),
	rows: z.number().int(),
	sha256: z.string(),
	/** Present for partitioned extracts: the browser fetches only the partitions a selection needs. */
	partitions: z.array(ManifestPartition).optional()
});
export type ManifestTable = z.infer<typeof ManifestTable>;
export const Manifest = z.object({
	generated_from: z.string(),
	version: z.string(),
	tables: z.record(z.string(), ManifestTable),
	/** Set by scripts/generate-synthetic.ts: the app labels such data as synthetic. */
	synthetic: z.boolean().optional(),
	/** Present when Kolada was fetched or imported into static/data/kolada/ before the build. */
	kolada: KoladaManifest.optional()
});
export type Manifest = z.infer<typeof Manifest>;
