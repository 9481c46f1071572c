import { MESSAGES, type Lang, type MessageKey } from './messages';

const STORAGE_KEY = 'tertial:lang';

/** The chosen UI language, remembered in the browser (not in the URL: it is not part of a view). */
class Language {
	#current = $state<Lang>('sv');

	constructor() {
		if (typeof localStorage !== 'undefined' && localStorage.getItem(STORAGE_KEY) === 'en') this.#current = 'en';
	}

	get current(): Lang {
		return this.#current;
	}

	set current(lang: Lang) {
		this.#current = lang;
		if (typeof localStorage !== 'undefined') localStorage.setItem(STORAGE_KEY, lang);
		if (typeof document !== 'undefined') document.documentElement.lang = lang;
	}

	get locale(): 'sv-SE' | 'en-GB' {
		return this.#current === 'sv' ? 'sv-SE' : 'en-GB';
	}

	t = (key: MessageKey): string => MESSAGES[this.#current][key];
}

export const language = new Language();
