// isomargin's service worker (dist/sw.js, written by scripts/offline.mjs with this build's file list
// and version): the static files are precached on install and served from that cache, so the page
// and the embed work offline. A new build has a new version: it installs beside the old one, the page
// says an update is ready, and it takes over (deleting the old cache) when the page asks it to.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `isomargin-${VERSION}`;
// Navigations to a page with a state (index.html?markPrice=…, embed.html?product=…) get that page.
const PAGES = { '': 'index.html', 'index.html': 'index.html', 'embed.html': 'embed.html' };

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(async () => {
    // The first install has no older version to replace: it serves at once. A later one waits to be asked.
    if (!self.registration.active) await self.skipWaiting();
  }));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('isomargin-') && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('message', (event) => {
  if (event.data === 'isomargin:activate') self.skipWaiting();
});

const scope = new URL(self.registration.scope);

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  const path = url.pathname.slice(scope.pathname.length);
  const file = event.request.mode === 'navigate' && Object.hasOwn(PAGES, path) ? PAGES[path] : path;
  if (!FILES.includes(file)) return;
  event.respondWith(caches.open(CACHE)
    .then((cache) => cache.match(file))
    .then((hit) => hit ?? fetch(event.request)));
});
