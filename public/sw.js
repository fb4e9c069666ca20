// My Number Guide service worker. The build's post_build hook (scripts/precache.mjs) prepends
//   const VERSION = '<hash of every built file>'; const PRECACHE = [<every built file>];
// so each release gets its own cache. Only the app's own files are ever fetched or served.

const CACHE = `my-number-guide-${VERSION}`;
const SHELL = new URL('index.html', self.registration.scope).href;

self.addEventListener('install', (event) => {
  // Fetch past the HTTP cache so a stale copy of a changed file is never stored (cache: 'reload').
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) =>
        cache.addAll(PRECACHE.map((path) => new Request(new URL(path, self.registration.scope), { cache: 'reload' }))),
      ),
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
  if (event.data === 'SKIP_WAITING') self.skipWaiting();
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
  event.respondWith(caches.match(request, { cacheName: CACHE }).then((hit) => hit || fetch(request)));
});
