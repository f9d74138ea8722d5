import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReconcileSession } from '../session/reconcileSession';
import type { StandaloneBooks, StandaloneWorkbook } from '../standalone/standaloneBooks';
import { createFakeSession, makeRun } from '../testing/fakeRunsSession';
import { App } from './App';

/** The landmarks axe-core's `region` rule accepts, and the live regions it leaves alone. */
const REGION =
  'header, nav, main, footer, aside, section[aria-label], [role="banner"], [role="navigation"], [role="main"], [role="region"][aria-label], [role="status"], [role="alert"], [aria-live]';

/**
 * Text on the page outside every landmark: what axe-core's `region` rule reports (jsdom has no
 * layout, so this reads text nodes, hidden or not; the file input is display:none and has none).
 */
function textOutsideLandmarks(): string[] {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const outside: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim() ?? '';
    if (text !== '' && !node.parentElement?.closest(REGION)) outside.push(text);
  }
  return outside;
}

const reconcile = { settlementSources: async () => [] } as unknown as ReconcileSession;

describe('App landmarks', () => {
  it('inside Excel: the page tabs and the way back are navigation, notices a region, the page its main', async () => {
    const session = createFakeSession({ runs: [makeRun({ id: 'SPRING', name: 'Spring renewals' })] });
    render(
      <App
        startup={{ kind: 'excel', officeBackground: null }}
        themeName="light"
        session={session}
        reconcile={reconcile}
        notices={['An interrupted post was rolled back.']}
      />,
    );
    const nav = screen.getByRole('navigation', { name: 'Pages' });
    expect(within(nav).getByRole('tablist')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Notices' })).toHaveTextContent('An interrupted post was rolled back.');
    await screen.findByRole('button', { name: 'Spring renewals' });
    expect(screen.getAllByRole('main')).toHaveLength(1);
    expect(textOutsideLandmarks()).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Spring renewals' }));
    await screen.findByRole('heading', { name: 'Spring renewals' });
    expect(within(nav).getByRole('button', { name: '← All runs' })).toBeInTheDocument();
    expect(screen.getAllByRole('main')).toHaveLength(1);
    expect(textOutsideLandmarks()).toEqual([]);

    for (const tab of ['History', 'Reconcile']) {
      await userEvent.click(within(nav).getByRole('tab', { name: tab }));
      await waitFor(() => expect(screen.getAllByRole('main')).toHaveLength(1));
      expect(textOutsideLandmarks()).toEqual([]);
    }
  });

  it('in standalone mode: the first-run page is the main, then the file bar is the banner', async () => {
    const workbook: StandaloneWorkbook = {
      fileName: 'renewal-runs-demo.xlsx',
      runs: createFakeSession({ runs: [makeRun({ id: 'NIGHTLY', name: 'Nightly renewals' })] }),
      reconcile,
      toBytes: async () => new Uint8Array([80, 75]),
    };
    const books: StandaloneBooks = { openDemo: async () => workbook, openFile: async () => workbook };
    render(<App startup={{ kind: 'standalone', reason: 'no-office-host' }} themeName="dark" books={books} />);
    expect(screen.getByRole('main')).toHaveTextContent('Try the demo');
    expect(textOutsideLandmarks()).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Try the demo' }));
    await screen.findByRole('button', { name: 'Nightly renewals' });
    expect(within(screen.getByRole('banner')).getByText('renewal-runs-demo.xlsx')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Pages' })).toBeInTheDocument();
    expect(textOutsideLandmarks()).toEqual([]);
  });
});
