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

// Dialog queries in the page tests pass `hidden: true`. Fluent's modal dialogs register with
// Tabster's modalizer, which marks every modalizer that is not the active one `aria-hidden` on
// a 250 ms timer; in jsdom on loaded cores that timer can run between the dialog mounting and
// its activation, and the dialog then stays hidden from role queries though it is open and
// works. The browser tests (test/e2e) find and click the same dialogs as a user does.
