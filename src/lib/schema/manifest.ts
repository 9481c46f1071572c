// zod/mini: the app parses both manifests on the main thread, where classic zod's size counts.
import { z } from 'zod/mini';

const Int = () => z.number().check(z.int());

/** static/data/kolada/manifest.json. `tables` has the shape of the app's Manifest so the two can merge. */
export const KoladaManifest = z.object({
	generated_from: z.string(),
	version: z.string(),
	attribution: z.literal('Källa: Kolada (RKA)'),
	vintage: z.object({
		/** When the data were fetched (API) or imported (files), ISO date. */
		fetched: z.string().check(z.regex(/^\d{4}-\d{2}(-\d{2})?$/, 'ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD')),
		first_year: z.nullable(Int()),
		last_year: z.nullable(Int()),
		source: z.enum(['api', 'files'])
	}),
	/** Data-quality remarks found on import (e.g. values rounded in the source file), shown with the figures. */
	notes: z.array(z.string()),
	tables: z.record(z.string(), z.object({ file: z.string(), rows: Int(), sha256: z.string() }))
});
export type KoladaManifest = z.infer<typeof KoladaManifest>;

/** static/data/manifest.json: what the build wrote, so the app can cache-bust and show counts at once. */
/** One hive partition (kommun=…/year=…) of a partitioned extract (scripts/generate-synthetic.ts). */
export const ManifestPartition = z.object({
	kommun: z.string(),
	year: Int(),
	file: z.string(),
	rows: Int(),
	bytes: Int()
});
export type ManifestPartition = z.infer<typeof ManifestPartition>;
export const ManifestTable = z.object({
	file: z.string(),
	rows: Int(),
	sha256: z.string(),
	/** Present for partitioned extracts: the browser fetches only the partitions a selection needs. */
	partitions: z.optional(z.array(ManifestPartition))
});
export type ManifestTable = z.infer<typeof ManifestTable>;
export const Manifest = z.object({
	generated_from: z.string(),
	version: z.string(),
	tables: z.record(z.string(), ManifestTable),
	/** Set by scripts/generate-synthetic.ts: the app labels such data as synthetic. */
	synthetic: z.optional(z.boolean()),
	/** Present when Kolada was fetched or imported into static/data/kolada/ before the build. */
	kolada: z.optional(KoladaManifest)
});
export type Manifest = z.infer<typeof Manifest>;
