/**
 * UI text, Swedish only. The product is for Swedish committees and all data are Swedish; a partial
 * English toggle set lang="en" over Swedish content, which misleads screen readers, so there is none.
 */
export const MESSAGES = {
	appName: 'Tertial',
	tagline: 'Nyckeltal för socialnämnder – ekonomi, personal, kvalitet och ärenden',
	skipToContent: 'Hoppa till innehållet',
	navOverview: 'Översikt',
	navEconomy: 'Ekonomi',
	navStaff: 'Personal',
	navReport: 'Rapport',
	navCompare: 'Jämför',
	navData: 'Data',
	loadingData: 'Laddar data',
	dataReady: 'Data inläst',
	koladaLoading: 'Hämtar Koladas nationella jämförelse',
	koladaReady: 'Kolada inläst',
	koladaError: 'Kolada kunde inte läsas in',
	dataError: 'Data kunde inte läsas in',
	showTable: 'Visa som tabell',
	showChart: 'Visa som diagram',
	source: 'Källa',
	line: 'rad',
	municipalities: 'Kommuner',
	reports: 'Rapporter',
	measures: 'Mått',
	rows: 'rader',
	noData: 'Inga uppgifter',
	comingSoon: 'Den här vyn byggs i nästa steg. Data finns redan i översikten.'
} as const;

export type MessageKey = keyof typeof MESSAGES;

/** The text for a key. */
export const t = (key: MessageKey): string => MESSAGES[key];
