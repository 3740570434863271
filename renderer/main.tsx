import { warmDatabase } from './db/warmDatabase';

// The database files start opening now; the app's code, loaded next, opens the database itself.
warmDatabase();
import('./app/start')
  .then(({ start }) => start())
  .catch((error: unknown) => {
    console.error(error);
    document.body.textContent =
      'Regia non è riuscita ad avviarsi: chiudi e riapri l’applicazione. (Regia could not start: close and reopen it.)';
  });
