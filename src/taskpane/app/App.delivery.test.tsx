import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFakeSession, makeRun } from '../testing/fakeRunsSession';
import { App } from './App';
import type { FileDelivery } from './fileDelivery';

describe('App: file delivery', () => {
  it('hands exported files to the delivery it is given, and shows where they went', async () => {
    const session = createFakeSession({
      runs: [makeRun({ id: 'SPRING' })],
      history: [{ row: 2, runId: 'SPRING', asOf: '2026-03-01', executedAt: '2026-03-01T09:00', status: 'Posted', canRevert: true }],
      exports: { SPRING: [{ fileName: 'SPRING-invoices-2026-03-01.csv', content: 'x' }] },
    });
    const text: FileDelivery['text'] = jest.fn(async (fileName: string) => ({ words: `Wrote ${fileName} to the new sheet “S”.` }));
    text.csvLabel = 'CSV to new sheets';
    const delivery: FileDelivery = { text, bytesRefusal: () => 'no' };
    const user = userEvent.setup();
    render(<App startup={{ kind: 'excel', officeBackground: null }} themeName="light" session={session} delivery={delivery} />);
    await user.click(await screen.findByRole('tab', { name: 'History' }));
    await user.click(await screen.findByRole('button', { name: 'Export SPRING as of 2026-03-01' }));
    expect(await screen.findByText('Wrote SPRING-invoices-2026-03-01.csv to the new sheet “S”.')).toBeInTheDocument();
    expect(text).toHaveBeenCalledWith('SPRING-invoices-2026-03-01.csv', 'x');
  });
});
