import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Where the floor page of the cold start is served, under the bench host's root. */
export const startFloorPath = 'floor/start.html';

// No inline script: the host's Content-Security-Policy allows scripts from the origin only.
const html = `<!doctype html>
<html lang="it">
  <head>
    <meta charset="UTF-8" />
    <title>Regia floor</title>
    <script type="module" src="./start.js"></script>
  </head>
  <body></body>
</html>
`;

// Draws one word, or, given ?database=&network=, opens the stored database (never creating
// it) and draws the network's member count read through the index, as the overview's first
// figure is; then marks the frame after the drawing, as the cold start's probe does.
const script = `const parameters = new URLSearchParams(location.search);
const draw = (text) => {
  const paragraph = document.createElement('p');
  paragraph.textContent = text;
  document.body.append(paragraph);
  requestAnimationFrame(() => {
    globalThis.regiaFloorDrawnAt = performance.now();
  });
};
const database = parameters.get('database');
if (database === null) draw('Regia');
else {
  const request = indexedDB.open(database);
  request.onupgradeneeded = () => request.transaction.abort();
  request.onerror = () => draw('no database: ' + String(request.error));
  request.onsuccess = () => {
    const db = request.result;
    const members = db
      .transaction('memberships')
      .objectStore('memberships')
      .index('networkId')
      .count(parameters.get('network') ?? '');
    members.onsuccess = () => {
      draw(String(members.result));
      db.close();
    };
  };
}
`;

/**
 * Writes the cold start's floor page into the built bench host: the least a page of the same
 * origin does to show a first figure (no framework, one IndexedDB read), so the app's cold start
 * can be read beside what Chromium itself takes on this machine.
 */
export function writeStartFloorPage(hostFolder: string): void {
  const folder = path.join(hostFolder, path.dirname(startFloorPath));
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(hostFolder, startFloorPath), html);
  writeFileSync(path.join(folder, 'start.js'), script);
}

declare global {
  /** When the floor page's frame after its drawing began (performance.now()). */
  var regiaFloorDrawnAt: number | undefined;
}
