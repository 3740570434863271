// Node has no IndexedDB: every test gets fake-indexeddb before any module loads Dexie, which
// looks for IndexedDB when it is imported.
import 'fake-indexeddb/auto';

// Tests that need the DOM opt in with `// @vitest-environment jsdom`; they get the browser
// APIs jsdom lacks and Mantine expects.
if (typeof window !== 'undefined' && !('matchMedia' in window)) {
  Object.defineProperty(window, 'matchMedia', {
    value: (query: string): MediaQueryList => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });
}
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  Object.defineProperty(window, 'ResizeObserver', {
    value: class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    },
  });
}
// jsdom has no font loading; Mantine's autosizing textarea listens for it.
if (typeof document !== 'undefined' && !('fonts' in document)) {
  Object.defineProperty(document, 'fonts', { value: new EventTarget(), configurable: true });
}
// jsdom lays nothing out; Mantine's combobox scrolls its selected option into view.
if (typeof Element !== 'undefined' && typeof Element.prototype.scrollIntoView !== 'function') {
  Element.prototype.scrollIntoView = () => undefined;
}
// Beside the browser tests (vitest.config.ts) a component may wait seconds for the CPU before it
// renders what a test looks for: Testing Library's findBy and waitFor wait longer there than 1 s.
if (typeof window !== 'undefined' && process.env.REGIA_UNIT_BESIDE_BROWSER) {
  const { configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 10_000 });
}
