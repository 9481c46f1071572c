/** Swedish labels of the standard areas, as in data/areas.csv (a data test keeps them equal). */
export const AREA_LABELS: Record<string, string> = {
	total: 'Nämnden totalt',
	aldreomsorg_hemtjanst: 'Äldreomsorg – hemtjänst',
	aldreomsorg_sarskilt_boende: 'Äldreomsorg – särskilt boende',
	aldreomsorg_ovrigt: 'Äldreomsorg – övrigt',
	lss_sfb: 'LSS/SFB',
	ifo: 'Individ- och familjeomsorg',
	halso_sjukvard: 'Hälso- och sjukvård',
	ledning_administration: 'Ledning/administration',
	politisk_verksamhet: 'Politisk verksamhet',
	ovrigt: 'Övrigt'
};
