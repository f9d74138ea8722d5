// jest-dom's matchers (toBeInTheDocument…), and their types for tsc.
import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// Fluent pages render slowly in jsdom, more so while other suites run in parallel: give
// findBy/waitFor and each test room, so a busy machine does not fail a correct page.
configure({ asyncUtilTimeout: 15000 });
jest.setTimeout(20000);

/**
 * jsdom has no layout: no ResizeObserver and every element measures 0×0, so a virtualised list
 * would render no rows. These stubs give elements a fixed size (enough for a dozen rows) and a
 * ResizeObserver that never fires; tests then see what a user sees in a small pane.
 */
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (!('ResizeObserver' in window)) {
  Object.defineProperty(window, 'ResizeObserver', { configurable: true, writable: true, value: ResizeObserverStub });
}

const PANE = { width: 360, height: 480 };
for (const [prop, value] of [
  ['clientWidth', PANE.width],
  ['clientHeight', PANE.height],
  ['offsetWidth', PANE.width],
  ['offsetHeight', PANE.height],
] as const) {
  Object.defineProperty(HTMLElement.prototype, prop, { configurable: true, get: () => value });
}

if (!window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    writable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }),
  });
}

// Page tests find confirmation dialogs through testing/dialogQueries.ts (see why there).
