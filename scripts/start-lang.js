// Runs in <head>, before the page is drawn (inline in release builds, allowed by its hash): shows the static start screen in the reader's language (the
// stored choice, else the first of the device's languages the app speaks, as domain/language.rs decides)
// until the app has loaded, and starts downloading that language's pack. scripts/precache.mjs copies it
// into the build under a content-hashed name, beside index.html.
try {
  // Primary subtag → the app's tag (domain/language.rs `best_match`); Chinese in a traditional script or
  // region (zh-Hant, zh-TW, zh-HK, zh-MO) gets 'zh-Hant', other Chinese 'zh-Hans'; 'in' is old Indonesian.
  const tags = {
    en: 'en', ja: 'ja', zh: 'zh-Hans', vi: 'vi', ne: 'ne', ko: 'ko',
    my: 'my', si: 'si', id: 'id', in: 'id', bn: 'bn',
  };
  const known = Object.values(tags).concat(['zh-Hant']);
  const match = (preferred) => {
    const subtags = String(preferred).toLowerCase().split(/[-_]/);
    if (subtags[0] === 'zh' && subtags.slice(1).some((s) => ['hant', 'tw', 'hk', 'mo'].includes(s))) {
      return 'zh-Hant';
    }
    return tags[subtags[0]];
  };
  let tag = null;
  try {
    const stored = JSON.parse(localStorage.getItem('my-number-guide/progress') || 'null');
    tag = (stored && stored.settings && stored.settings.lang) || null;
  } catch (e) {
    // Unreadable or blocked storage: follow the device.
  }
  if (!tag) {
    for (const preferred of navigator.languages || [navigator.language || '']) {
      const found = match(preferred);
      if (found) {
        tag = found;
        break;
      }
    }
  }
  // The language the app will start in: English when nothing else matches.
  const reading = tag && known.includes(tag) ? tag : 'en';
  if (reading !== 'en') {
    document.documentElement.dataset.boot = reading;
    document.documentElement.lang = reading;
  }
  // The app fetches its language pack (src/platform/lang_pack.rs; English is one too) only once the wasm
  // has arrived, and waits for it before it shows anything: start the download early so it arrives while
  // the wasm downloads. Not at once: on a slow link it would share the bandwidth with the stylesheets and
  // delay the start screen; from the first frame (the stylesheets are in by then) or, in a tab that draws
  // no frames, when the document is parsed. Same URL (lang/ below the app's base: this script is inline
  // after <base> in release builds, a file beside lang/ in debug builds), CORS mode and credentials as the
  // app's fetch(), which the browser then answers from this preload.
  const script = document.currentScript;
  const from = script && script.src ? script.src : document.baseURI;
  {
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.setAttribute('fetchpriority', 'low');
    link.href = new URL('lang/' + reading + '.txt', from).href;
    let started = false;
    const start = () => {
      if (!started) {
        started = true;
        document.head.appendChild(link);
      }
    };
    requestAnimationFrame(start);
    document.addEventListener('DOMContentLoaded', start);
  }
} catch (e) {
  // The English start screen stays.
}

// Install help (issue 11 §4). The browser's install prompt can come before the app's code has loaded, so it
// is kept here, and the app's screens carry the help as markup that these classes on <html> show
// (style/components.css): `can-prompt` while the browser offers to install, `ios-steps` in Safari on an
// iPhone or iPad (which has no prompt: Share, then Add to Home Screen), `returning` from the second visit
// (progress was saved before this page load), `hint-hidden` once the home hint is hidden. Nothing shows
// inside the installed app. A tap on a `data-install` button opens the prompt, or hides the hint for good
// on this device (the key is removed with everything else by Settings → Delete everything).
try {
  const root = document.documentElement;
  const HINT_KEY = 'my-number-guide/install-hint-hidden';
  const installed =
    window.matchMedia('(display-mode: standalone)').matches || navigator.standalone === true;
  try {
    if (localStorage.getItem('my-number-guide/progress')) root.classList.add('returning');
    if (localStorage.getItem(HINT_KEY)) root.classList.add('hint-hidden');
  } catch (e) {
    // Blocked storage: no hint, as on a first visit.
  }
  const ios =
    /iPhone|iPad|iPod/.test(navigator.userAgent) ||
    (/Macintosh/.test(navigator.userAgent) && navigator.maxTouchPoints > 1);
  if (!installed) {
    if (ios) root.classList.add('ios-steps');
    let offer = null;
    window.addEventListener('beforeinstallprompt', (event) => {
      // Kept for the app's own button instead of the browser's banner.
      event.preventDefault();
      offer = event;
      root.classList.add('can-prompt');
    });
    window.addEventListener('appinstalled', () => root.classList.remove('can-prompt', 'ios-steps'));
    document.addEventListener('click', (event) => {
      const button = event.target instanceof Element && event.target.closest('[data-install]');
      if (!button) return;
      if (button.dataset.install === 'hide') {
        root.classList.add('hint-hidden');
        try {
          localStorage.setItem(HINT_KEY, '1');
        } catch (e) {
          // Hidden for this visit only.
        }
      } else if (offer) {
        // A prompt opens once; the button goes until the browser offers again.
        offer.prompt();
        offer = null;
        root.classList.remove('can-prompt');
      }
    });
  }
} catch (e) {
  // No install help: the browser's own menu still installs the app.
}
