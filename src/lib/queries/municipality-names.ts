import { z } from 'zod/mini';
import { sql, type Query } from './sql';

export const MunicipalityNameRow = z.object({ kommun: z.string(), name: z.string() });
export type MunicipalityNameRow = z.infer<typeof MunicipalityNameRow>;

/** Every kommun's name (data/municipalities.csv: all 290 and Riket), to say a code as a user knows it. */
export function municipalityNames(): Query<MunicipalityNameRow> {
	return {
		purpose: 'kommunernas namn',
		sql: sql`SELECT kommun, name FROM municipalities ORDER BY kommun`,
		columns: ['kommun', 'name']
	};
}
