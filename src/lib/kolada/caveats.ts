import type { PeerArea } from '$lib/queries/kolada-benchmark';

/**
 * How a Kolada KPI differs from the committee's own measure (document or own file), said wherever the two are
 * shown together (see data/KOLADA.md, "Comparability caveats"), and which "Liknande kommuner"
 * group fits it.
 */
export const KOLADA_MATCH: Record<string, { area: PeerArea; caveat: string }> = {
	N00090: {
		area: 'övergripande',
		caveat:
			'Koladas N00090 avser all kommunalt anställd personal och hela kalenderåret; nämndens egen siffra (dokument eller egen fil) avser nämndens personal och sin egen period (t.ex. jan–aug).'
	},
	N00098: {
		area: 'övergripande',
		caveat:
			'Koladas N00098 räknar årsarbetare i hela kommunen (november); nämndens egen siffra avser nämndens personal.'
	},
	U23401: {
		area: 'äldreomsorg',
		caveat:
			'Koladas U23401 är medelväntetiden för alla som erbjudits plats under kalenderåret; nämndens egen siffra avser sin egen period och kan räknas annorlunda.'
	},
	U21401: {
		area: 'äldreomsorg',
		caveat:
			'Koladas U21401 mäts under 14 dagar på hösten för hemtjänsttagare med minst två besök per dag; nämndens egen mätning kan avse annan tid och grupp.'
	},
	N20900: {
		area: 'äldreomsorg',
		caveat:
			'Nettokostnadsavvikelsen jämför kommunens kostnad med en beräknad standardkostnad (kostnadsutjämningen) – inte med nämndens budget. Positivt = högre kostnad än strukturen motiverar.'
	},
	N00097: {
		area: 'övergripande',
		caveat:
			'Nettokostnadsavvikelsen jämför kommunens kostnad med en beräknad standardkostnad – inte med nämndens budget.'
	}
};

/** Measures of ours that Kolada has no counterpart for: say so instead of leaving a silent gap. */
export const NO_NATIONAL_COMPARISON: Record<string, string> = {
	evb: 'Ej verkställda beslut: ingen nationell jämförelse – Kolada har inget sådant nyckeltal (uppgifterna rapporteras till IVO).'
};
