import { warmDatabase } from './db/warmDatabase';

// The database files start opening now. Then two chunks load side by side: a small one opens the
// database, reads the preferences and begins the overview's first figures; the app's code, larger,
// draws the frame once both are there.
warmDatabase();
const opening = import('./app/openAtStart').then(({ openAtStart }) => openAtStart(location.hash));
import('./app/start')
  .then(({ start }) => start(opening))
  .catch((error: unknown) => {
    console.error(error);
    document.body.textContent =
      'Regia non è riuscita ad avviarsi: chiudi e riapri l’applicazione. (Regia could not start: close and reopen it.)';
  });
