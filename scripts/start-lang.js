// Runs in <head>, before the page is drawn: shows the static start screen in the reader's language (the
// stored choice, else the first of the device's languages the app speaks, as domain/language.rs decides)
// until the app has loaded. scripts/precache.mjs copies it into the build under a content-hashed name.
try {
  const tags = { en: 'en', ja: 'ja', zh: 'zh-Hans', vi: 'vi', ne: 'ne', ko: 'ko' };
  let tag = null;
  try {
    const stored = JSON.parse(localStorage.getItem('my-number-guide/progress') || 'null');
    tag = (stored && stored.settings && stored.settings.lang) || null;
  } catch (e) {
    // Unreadable or blocked storage: follow the device.
  }
  if (!tag) {
    for (const preferred of navigator.languages || [navigator.language || '']) {
      const match = tags[String(preferred).split(/[-_]/)[0].toLowerCase()];
      if (match) {
        tag = match;
        break;
      }
    }
  }
  if (tag && tag !== 'en' && Object.values(tags).includes(tag)) {
    document.documentElement.dataset.boot = tag;
    document.documentElement.lang = tag;
  }
} catch (e) {
  // The English start screen stays.
}
