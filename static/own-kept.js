// Runs before the first paint (src/app.html). Översikt's headline figures are rendered at build
// time without a user's own extracts, and without data other than the bundled: when this browser
// keeps own extracts (src/lib/import/persist.ts, KEPT_HINT) or the page reads another data folder
// (?data=), they stay hidden until the page has its own answer (src/routes/+page.svelte).
try {
	if (localStorage.getItem('tertial:egna-filer') || new URLSearchParams(location.search).has('data'))
		document.documentElement.dataset.own = 'kept';
} catch {
	// Storage disabled: nothing can be known before the page has looked.
	document.documentElement.dataset.own = 'kept';
}
