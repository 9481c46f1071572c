import { join } from 'node:path';
import { generateNational, type NationalManifest } from '../../scripts/lib/synthetic-national';
import { BUILT_DATA, SHARED } from './paths';

/** A SYNTHETIC national data set of 4 kommuner and 2 years in `out` (tests only; never shipped). */
export function smallNational(out: string, seed: number, rows: number): Promise<NationalManifest> {
	return generateNational({
		rows,
		seed,
		years: 2,
		kommunCount: 4,
		out,
		catalogueDir: BUILT_DATA,
		municipalitiesCsv: join(SHARED, 'opendata', 'municipalities.csv')
	});
}
