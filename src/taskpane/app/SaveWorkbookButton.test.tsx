import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithTheme } from '../testing/renderWithTheme';
import { SaveWorkbookButton } from './SaveWorkbookButton';

describe('SaveWorkbookButton', () => {
  it('downloads the bytes under the workbook name when clicked', async () => {
    const save = jest.fn();
    const bytes = new Uint8Array([80, 75, 3, 4]);
    renderWithTheme(<SaveWorkbookButton workbook={{ fileName: 'members.xlsx', toBytes: async () => bytes }} save={save} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save workbook' }));
    await waitFor(() => expect(save).toHaveBeenCalledWith(bytes, 'members.xlsx'));
    expect(screen.getByRole('button', { name: 'Save workbook' })).toBeEnabled();
  });

  it('is disabled while the workbook is written', async () => {
    let finish: (bytes: Uint8Array) => void = () => undefined;
    const toBytes = () => new Promise<Uint8Array>((resolve) => (finish = resolve));
    renderWithTheme(<SaveWorkbookButton workbook={{ fileName: 'm.xlsx', toBytes }} save={jest.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save workbook' }));
    expect(screen.getByRole('button', { name: /Save workbook/ })).toBeDisabled();
    finish(new Uint8Array([1]));
    await waitFor(() => expect(screen.getByRole('button', { name: /Save workbook/ })).toBeEnabled());
  });

  it('says in words why not when the workbook cannot be written', async () => {
    const save = jest.fn();
    renderWithTheme(
      <SaveWorkbookButton
        workbook={{ fileName: 'm.xlsx', toBytes: () => Promise.reject(new Error("The workbook's background worker stopped: out of memory")) }}
        save={save}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save workbook' }));
    expect(await screen.findByText(/could not be saved: The workbook's background worker stopped: out of memory/)).toBeInTheDocument();
    expect(save).not.toHaveBeenCalled();
  });
});
