// My Number Guide service worker. The build's post_build hook (scripts/precache.mjs) prepends
//   const VERSION = '<hash of every built file>'; const PRECACHE = [<every built file>];
// so each release gets its own cache. Only the app's own files are ever fetched or served.
// Language packs (lang/<tag>.txt) are not precached: a phone downloads only the one its user reads, and the
// worker keeps it in this version's cache (and carries it over to the next version) for offline use.

const CACHE = `my-number-guide-${VERSION}`;
const SHELL = new URL('index.html', self.registration.scope).href;
const PACKS = new URL('lang/', self.registration.scope).href;

const isPack = (url) => url.startsWith(PACKS) && url.endsWith('.txt');

// Stores a fresh copy of a language pack in this version's cache; failures leave the cache as it was.
async function keepPack(url) {
  const response = await fetch(new Request(url, { cache: 'reload' }));
  // A host's "page not found" fallback page is not a pack.
  const html = (response.headers.get('content-type') || '').startsWith('text/html');
  if (response.ok && !html) await (await caches.open(CACHE)).put(url, response.clone());
  return response;
}

// The packs an older version kept, fetched again for this version (a user who read Japanese offline
// yesterday still reads it after an update).
async function carryOverPacks() {
  const urls = new Set();
  for (const key of await caches.keys()) {
    if (!key.startsWith('my-number-guide-') || key === CACHE) continue;
    for (const request of await (await caches.open(key)).keys()) if (isPack(request.url)) urls.add(request.url);
  }
  await Promise.allSettled([...urls].map(keepPack));
}

self.addEventListener('install', (event) => {
  // Fetch past the HTTP cache so a stale copy of a changed file is never stored (cache: 'reload').
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) =>
        cache.addAll(PRECACHE.map((path) => new Request(new URL(path, self.registration.scope), { cache: 'reload' }))),
      )
      .then(carryOverPacks),
  );
  // No skipWaiting here: a new version waits until the user accepts it, so open tabs are never switched
  // under their feet.
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('my-number-guide-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'SKIP_WAITING') {
    self.skipWaiting();
  } else if (event.data && typeof event.data.keep === 'string') {
    // The page installed a language pack: keep it for offline use (it may have come from the network
    // before this worker controlled the page).
    const url = new URL(event.data.keep, self.registration.scope).href;
    if (isPack(url)) {
      event.waitUntil(
        caches
          .match(url, { cacheName: CACHE })
          .then((hit) => hit || keepPack(url))
          .catch(() => {}),
      );
    }
  }
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;

  if (request.mode === 'navigate') {
    // Any page of the app (a bookmarked stage too) is the app shell; the router shows the right screen.
    event.respondWith(
      caches.match(SHELL, { cacheName: CACHE }).then((shell) => shell || fetch(request)),
    );
    return;
  }
  if (isPack(url.href.split('?')[0])) {
    event.respondWith(caches.match(request, { cacheName: CACHE }).then((hit) => hit || keepPack(request.url)));
    return;
  }
  event.respondWith(caches.match(request, { cacheName: CACHE }).then((hit) => hit || fetch(request)));
});
