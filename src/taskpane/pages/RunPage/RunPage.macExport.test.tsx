import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createExcelModel } from '../../../../test/excelModel/excelModel';
import type { ExcelRun } from '../../../hosts/office/excelRun';
import { createTextSheetWriter } from '../../../hosts/office/textSheetWriter';
import { sheetDelivery } from '../../app/fileDelivery';
import { createFakeSession, makeItem, makePreview, makeRun } from '../../testing/fakeRunsSession';
import { runActionItems } from '../../testing/runActions';
import { renderWithTheme } from '../../testing/renderWithTheme';
import { RunPage } from './RunPage';

/** A posted run's page whose files go the Excel for Mac way: CSV into new sheets of the model workbook. */
function setup() {
  const model = createExcelModel();
  model.addSheet('Runs', [['Run ID'], ['SPRING']]);
  const delivery = sheetDelivery(createTextSheetWriter(model.run.bind(model) as unknown as ExcelRun), 'Excel for Mac');
  const session = createFakeSession({
    runs: [makeRun({ status: 'Executed' })],
    previews: { SPRING: makePreview([makeItem({ key: 'renew:M1', amount: 120 })], { posted: true }) },
    exports: { SPRING: [{ fileName: 'SPRING-invoices-2026-03-01.csv', content: "\uFEFFMember ID,Name\r\nM1,'=1+1\r\n" }] },
  });
  renderWithTheme(<RunPage session={session} runId="SPRING" onDownload={delivery.text} saveRefusal={delivery.bytesRefusal} />);
  return { model, user: userEvent.setup() };
}

describe('RunPage in Excel for Mac (no downloads)', () => {
  it('offers the CSV as new sheets, writes them, and says which sheet and how to save it as CSV', async () => {
    const { model, user } = setup();
    const names = (await runActionItems(user)).map((item) => item.name);
    expect(names).toContain('CSV to new sheets');
    expect(names).not.toContain('Download CSV');
    await user.click(await screen.findByRole('menuitem', { name: 'CSV to new sheets' }));
    expect(await screen.findByText(/Wrote SPRING-invoices-2026-03-01\.csv to the new sheet “SPRING-invoices-2026-03-01”\./)).toBeInTheDocument();
    expect(screen.getByText(/File > Save As… > CSV UTF-8/)).toBeInTheDocument();
    expect(model.values('SPRING-invoices-2026-03-01')).toEqual([
      ['Member ID', 'Name'],
      ['M1', "'=1+1"],
    ]);
  });
});
