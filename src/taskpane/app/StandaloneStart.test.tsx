import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { StandaloneWorkbook, StandaloneBooks } from '../standalone/standaloneBooks';
import { renderWithTheme } from '../testing/renderWithTheme';
import { StandaloneStart } from './StandaloneStart';

const NOW = () => new Date('2026-11-21T03:00:00Z');

function books(overrides: Partial<StandaloneBooks> = {}): StandaloneBooks {
  const opened = (fileName: string) => ({ fileName }) as StandaloneWorkbook;
  return { openFile: jest.fn(async (file: File) => opened(file.name)), openDemo: jest.fn(async () => opened('renewal-runs-demo.xlsx')), ...overrides };
}

/** A source whose files are all refused the way the package reader refuses a file that is no .xlsx. */
const refusing = () => books({ openFile: () => Promise.reject(new Error('This file is not an .xlsx workbook (no ZIP signature)')) });

describe('StandaloneStart', () => {
  it('says what the product does, offers the demo first and one’s own workbook, and lists the sheets it needs', () => {
    renderWithTheme(<StandaloneStart books={books()} onOpened={jest.fn()} now={NOW} />);
    const main = screen.getByRole('main');
    expect(within(main).getByRole('heading', { level: 1, name: 'Renewal Runs' })).toBeInTheDocument();
    expect(
      within(main).getByText(/^Renewal Runs automates membership renewals from an Excel workbook: renewal invoices, notices, drops, AutoPay/),
    ).toBeInTheDocument();
    const demo = screen.getByRole('button', { name: 'Try the demo' });
    const mine = screen.getByRole('button', { name: 'Open my workbook' });
    // The demo is the primary action, and comes first.
    expect(demo.compareDocumentPosition(mine) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(demo.className).not.toBe(mine.className);
    const required = within(screen.getByRole('list', { name: 'Required sheets' })).getAllByRole('listitem');
    expect(required.map((li) => li.textContent?.split(' ')[0])).toEqual(['Members', 'Products', 'Runs']);
    const optional = within(screen.getByRole('list', { name: 'Optional sheets' })).getAllByRole('listitem');
    expect(optional.map((li) => li.textContent?.split(' ')[0])).toEqual([
      'Invoices',
      'Settings',
      'Templates',
      'Applications',
      'Seasons',
      'Mapping',
      'Settlements',
    ]);
  });

  it('opens the demo dated today in Chicago on "Try the demo"', async () => {
    const source = books();
    const onOpened = jest.fn();
    renderWithTheme(<StandaloneStart books={source} onOpened={onOpened} now={NOW} />);
    await userEvent.click(screen.getByRole('button', { name: 'Try the demo' }));
    await waitFor(() => expect(onOpened).toHaveBeenCalledWith({ fileName: 'renewal-runs-demo.xlsx' }));
    // 03:00 UTC on the 21st is still the 20th in Chicago: 2026-11-20 is day 20,777 since 1970.
    expect(source.openDemo).toHaveBeenCalledWith(20_777);
  });

  it('"Open my workbook" asks for a file, and opens the one the user picks', async () => {
    const source = books();
    const onOpened = jest.fn();
    renderWithTheme(<StandaloneStart books={source} onOpened={onOpened} now={NOW} />);
    const input = screen.getByLabelText<HTMLInputElement>('Workbook file');
    const picker = jest.spyOn(input, 'click');
    await userEvent.click(screen.getByRole('button', { name: 'Open my workbook' }));
    expect(picker).toHaveBeenCalled();
    await userEvent.upload(input, new File([new Uint8Array([80, 75])], 'members.xlsx'));
    await waitFor(() => expect(onOpened).toHaveBeenCalledWith({ fileName: 'members.xlsx' }));
  });

  it('after a refused file shows why, and "Back to start" returns to the first-run page without a reload', async () => {
    const onOpened = jest.fn();
    renderWithTheme(<StandaloneStart books={refusing()} onOpened={onOpened} now={NOW} />);
    await userEvent.upload(screen.getByLabelText('Workbook file'), new File(['x'], 'broken.xlsx'));
    const heading = await screen.findByRole('heading', { level: 1, name: 'That file could not be opened' });
    expect(heading).toHaveFocus();
    expect(screen.getByText('broken.xlsx')).toBeInTheDocument();
    expect(screen.getByText('This file is not an .xlsx workbook (no ZIP signature)')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try the demo' })).not.toBeInTheDocument();
    expect(onOpened).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Back to start' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Renewal Runs' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Try the demo' })).toBeEnabled();
    expect(screen.queryByText('That file could not be opened')).not.toBeInTheDocument();
  });

  it('after a refused file "Try another file" opens the next one picked', async () => {
    const source = refusing();
    const onOpened = jest.fn();
    renderWithTheme(<StandaloneStart books={source} onOpened={onOpened} now={NOW} />);
    const input = screen.getByLabelText<HTMLInputElement>('Workbook file');
    await userEvent.upload(input, new File(['x'], 'broken.xlsx'));
    await screen.findByRole('heading', { name: 'That file could not be opened' });
    const picker = jest.spyOn(input, 'click');
    await userEvent.click(screen.getByRole('button', { name: 'Try another file' }));
    expect(picker).toHaveBeenCalled();
    source.openFile = jest.fn(async (file: File) => ({ fileName: file.name }) as StandaloneWorkbook);
    await userEvent.upload(input, new File([new Uint8Array([80, 75])], 'members.xlsx'));
    await waitFor(() => expect(onOpened).toHaveBeenCalledWith({ fileName: 'members.xlsx' }));
  });
});
