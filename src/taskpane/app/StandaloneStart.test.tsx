import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { StandaloneWorkbook, StandaloneBooks } from '../standalone/standaloneBooks';
import { renderWithTheme } from '../testing/renderWithTheme';
import { StandaloneStart } from './StandaloneStart';

const NOW = () => new Date('2026-11-21T03:00:00Z');

function books(overrides: Partial<StandaloneBooks> = {}): StandaloneBooks {
  const opened = (fileName: string) => ({ fileName }) as StandaloneWorkbook;
  return { openFile: jest.fn(async (file: File) => opened(file.name)), openDemo: jest.fn(async () => opened('renewal-runs-demo.xlsx')), ...overrides };
}

describe('StandaloneStart', () => {
  it('opens the demo dated today in Chicago when the demo button is clicked', async () => {
    const source = books();
    const onOpened = jest.fn();
    renderWithTheme(<StandaloneStart books={source} onOpened={onOpened} now={NOW} />);
    await userEvent.click(screen.getByRole('button', { name: 'Open the demo workbook' }));
    await waitFor(() => expect(onOpened).toHaveBeenCalledWith({ fileName: 'renewal-runs-demo.xlsx' }));
    // 03:00 UTC on the 21st is still the 20th in Chicago: 2026-11-20 is day 20,777 since 1970.
    expect(source.openDemo).toHaveBeenCalledWith(20_777);
  });

  it('opens the file the user picks', async () => {
    const source = books();
    const onOpened = jest.fn();
    renderWithTheme(<StandaloneStart books={source} onOpened={onOpened} now={NOW} />);
    const file = new File([new Uint8Array([80, 75])], 'members.xlsx');
    await userEvent.upload(screen.getByLabelText('Workbook file'), file);
    await waitFor(() => expect(onOpened).toHaveBeenCalledWith({ fileName: 'members.xlsx' }));
  });

  it('shows why in words and stays on the page when the workbook cannot be opened', async () => {
    const onOpened = jest.fn();
    renderWithTheme(<StandaloneStart books={books({ openFile: () => Promise.reject(new Error('Unsupported file')) })} onOpened={onOpened} now={NOW} />);
    await userEvent.upload(screen.getByLabelText('Workbook file'), new File(['x'], 'bad.xlsx'));
    expect(await screen.findByText('That workbook could not be opened: Unsupported file')).toBeInTheDocument();
    expect(onOpened).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Open a workbook…' })).toBeEnabled();
  });
});
