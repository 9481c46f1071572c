import type { ImportFormat } from '../format';
import { HR_SICK_HOURS } from './hr-sick-hours';
import { IVO_EVB } from './ivo-evb';
import { LEDGER } from './ledger';
import { LONG } from './long';
import { SENIOR_ALERT } from './senior-alert';
import { STAFFING } from './staffing';

/** Every format a user can load, in the order the Data page offers them. */
export const FORMATS: readonly ImportFormat[] = [LEDGER, HR_SICK_HOURS, STAFFING, SENIOR_ALERT, IVO_EVB, LONG];

/** File name of each format's template under static/templates/. */
export const TEMPLATE_FILES: Record<ImportFormat['id'], string> = {
	ledger: 'huvudbok.csv',
	hr_sick_hours: 'sjukfranvaro-timmar.csv',
	staffing: 'personal.csv',
	senior_alert: 'senior-alert.csv',
	ivo_evb: 'ej-verkstallda-beslut.csv',
	long: 'langt-format.csv'
};

export { ledgerFormat } from './ledger';
export type { LedgerMapping } from './ledger-mapping';
