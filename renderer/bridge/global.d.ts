import type { RegiaApi } from '../../shared/contract';

declare global {
  // Extending the DOM's Window needs declaration merging, which only an interface gives.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    /** The desktop host's API, exposed by the preload script; absent in a browser tab. */
    regia?: RegiaApi;
  }
  /** The app version from package.json, set by Vite at build time. */
  const __APP_VERSION__: string;
}
