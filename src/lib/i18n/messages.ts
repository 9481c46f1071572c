/** UI text. Swedish is the default; English is offered for non-Swedish-speaking staff and peers. */
export const MESSAGES = {
	sv: {
		appName: 'Tertial',
		tagline: 'Nyckeltal för socialnämnder – ekonomi, personal, kvalitet och ärenden',
		skipToContent: 'Hoppa till innehållet',
		navOverview: 'Översikt',
		navEconomy: 'Ekonomi',
		navStaff: 'Personal',
		navReport: 'Rapport',
		navCompare: 'Jämför',
		navData: 'Data',
		language: 'In English',
		loadingData: 'Laddar data',
		dataReady: 'Data inläst',
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
	},
	en: {
		appName: 'Tertial',
		tagline: 'KPIs for social-services committees – economy, staff, quality and caseload',
		skipToContent: 'Skip to content',
		navOverview: 'Overview',
		navEconomy: 'Economy',
		navStaff: 'Staff',
		navReport: 'Report',
		navCompare: 'Compare',
		navData: 'Data',
		language: 'På svenska',
		loadingData: 'Loading data',
		dataReady: 'Data loaded',
		dataError: 'Data could not be loaded',
		showTable: 'Show as table',
		showChart: 'Show as chart',
		source: 'Source',
		line: 'line',
		municipalities: 'Municipalities',
		reports: 'Reports',
		measures: 'Measures',
		rows: 'rows',
		noData: 'No data',
		comingSoon: 'This view is built in the next step. The data is already in the overview.'
	}
} as const;

export type Lang = keyof typeof MESSAGES;
export type MessageKey = keyof (typeof MESSAGES)['sv'];
