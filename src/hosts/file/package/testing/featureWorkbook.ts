import { strFromU8, strToU8, unzipSync, zipSync, Zippable } from 'fflate';
import * as XLSX from 'xlsx';

const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument';

/** Styles of the feature workbook: 1 bold white-on-blue header, 2 `0.00 "USD"`, 3 a date (14). */
const STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.00 &quot;USD&quot;"/></numFmts>' +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><color rgb="FFFFFFFF"/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FF1F4E79"/></patternFill></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font></dxf></dxfs></styleSheet>';

const text = (ref: string, s: number, t: string): string => `<c r="${ref}"${s ? ` s="${s}"` : ''} t="inlineStr"><is><t>${t}</t></is></c>`;

/** The Members sheet before `<sheetData>`, and after it: every feature a staff member adds. */
export const MEMBERS_HEAD =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${R}">` +
  '<sheetPr><tabColor rgb="FF00B050"/></sheetPr><dimension ref="A1:D3"/>' +
  '<sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
  '<sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="1" width="14.5" customWidth="1"/><col min="2" max="2" width="30" customWidth="1"/><col min="3" max="4" width="12" customWidth="1"/></cols>';
export const MEMBERS_ROWS =
  `<row r="1" spans="1:4" ht="20" customHeight="1">${text('A1', 1, 'Member ID')}${text('B1', 1, 'Name')}${text('C1', 1, 'End Date')}${text('D1', 1, 'Fee')}</row>` +
  `<row r="2" spans="1:4">${text('A2', 0, 'M1')}${text('B2', 0, 'Ann')}<c r="C2" s="3"><v>45658</v></c><c r="D2" s="2"><v>12.5</v></c></row>` +
  `<row r="3" spans="1:4">${text('A3', 0, 'M2')}${text('B3', 0, 'Bob')}<c r="C3" s="3"><v>45700</v></c><c r="D3" s="2"><f>D2*2</f><v>25</v></c></row>`;
export const MEMBERS_TAIL =
  '<mergeCells count="1"><mergeCell ref="F1:G1"/></mergeCells>' +
  '<conditionalFormatting sqref="C2:C3"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>TODAY()</formula></cfRule></conditionalFormatting>' +
  '<dataValidations count="1"><dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="E2:E3"><formula1>"Active,Lapsed"</formula1></dataValidation></dataValidations>' +
  '<hyperlinks><hyperlink ref="B2" r:id="rId1"/></hyperlinks>' +
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup orientation="landscape"/><legacyDrawing r:id="rId3"/></worksheet>';

const rels = (items: [string, string, string, string?][]): string =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  items.map(([id, type, target, mode]) => `<Relationship Id="${id}" Type="${R}/${type}" Target="${target}"${mode ? ` TargetMode="${mode}"` : ''}/>`).join('') +
  '</Relationships>';

/**
 * A workbook as a membership office keeps it, made by SheetJS (values, workbook structure) and
 * hand-written parts (styles, features), zipped by fflate: Members (styled header, `0.00 "USD"`,
 * dates, widths, frozen pane, validation, conditional format, comment, hyperlink, merge, tab
 * colour), Report (a formula and a chart), Lists (hidden), Other (an Excel table), a defined name.
 */
export function featureWorkbook(): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['placeholder']]), 'Members');
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['Total'], [37.5]]), 'Report');
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['Active'], ['Lapsed']]), 'Lists');
  XLSX.utils.book_append_sheet(
    wb,
    XLSX.utils.aoa_to_sheet([
      ['Code', 'Price'],
      ['A', 10],
      ['B', 20],
    ]),
    'Other',
  );
  const files: Zippable = unzipSync(new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer));
  const edit = (name: string, change: (t: string) => string): void => void (files[name] = strToU8(change(strFromU8(files[name] as Uint8Array))));
  files['xl/styles.xml'] = strToU8(STYLES);
  files['xl/worksheets/sheet1.xml'] = strToU8(MEMBERS_HEAD + '<sheetData>' + MEMBERS_ROWS + '</sheetData>' + MEMBERS_TAIL);
  files['xl/worksheets/_rels/sheet1.xml.rels'] = strToU8(
    rels([
      ['rId1', 'hyperlink', 'https://example.org/ann', 'External'],
      ['rId2', 'comments', '../comments1.xml'],
      ['rId3', 'vmlDrawing', '../drawings/vmlDrawing1.vml'],
    ]),
  );
  files['xl/comments1.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>Staff</author></authors><commentList><comment ref="B3" authorId="0"><text><t>Call first</t></text></comment></commentList></comments>`,
  );
  files['xl/drawings/vmlDrawing1.vml'] = strToU8('<xml xmlns:v="urn:schemas-microsoft-com:vml"><v:shape id="_x0000_s1025" type="#_x0000_t202"/></xml>');
  edit('xl/worksheets/sheet2.xml', (t) =>
    t
      .replace(
        /<sheetData>[\s\S]*<\/sheetData>/,
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Total</t></is></c></row><row r="2"><c r="A2"><f>SUM(Members!D2:D3)</f></c></row></sheetData>',
      )
      .replace('</worksheet>', '<drawing r:id="rId1"/></worksheet>')
      .replace(/<worksheet (?![^>]*xmlns:r=)/, `<worksheet xmlns:r="${R}" `),
  );
  files['xl/worksheets/_rels/sheet2.xml.rels'] = strToU8(rels([['rId1', 'drawing', '../drawings/drawing1.xml']]));
  files['xl/drawings/drawing1.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${R}"><xdr:twoCellAnchor><xdr:from><xdr:col>2</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" x="0" y="0"/><a:ext xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" cx="0" cy="0"/></xdr:xfrm><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`,
  );
  files['xl/drawings/_rels/drawing1.xml.rels'] = strToU8(rels([['rId1', 'chart', '../charts/chart1.xml']]));
  files['xl/charts/chart1.xml'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>Members!$D$2:$D$3</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>',
  );
  edit('xl/worksheets/sheet4.xml', (t) =>
    t
      .replace('</worksheet>', '<tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>')
      .replace(/<worksheet (?![^>]*xmlns:r=)/, `<worksheet xmlns:r="${R}" `),
  );
  files['xl/worksheets/_rels/sheet4.xml.rels'] = strToU8(rels([['rId1', 'table', '../tables/table1.xml']]));
  files['xl/tables/table1.xml'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="Prices" displayName="Prices" ref="A1:B3" totalsRowShown="0"><autoFilter ref="A1:B3"/><tableColumns count="2"><tableColumn id="1" name="Code"/><tableColumn id="2" name="Price"/></tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>',
  );
  edit('xl/workbook.xml', (t) =>
    t
      .replace('<sheet name="Lists" sheetId="3"', '<sheet name="Lists" sheetId="3" state="hidden"')
      .replace(
        '</sheets>',
        '</sheets><definedNames><definedName name="Fees">Members!$D$2:$D$3</definedName><definedName name="_xlnm.Print_Area" localSheetId="3">Other!$A$1:$B$3</definedName></definedNames><calcPr calcId="191029"/>',
      )
      .replace('<sheets>', '<bookViews><workbookView activeTab="3" firstSheet="0"/></bookViews><sheets>'),
  );
  edit('[Content_Types].xml', (t) =>
    t.replace(
      '</Types>',
      `<Override PartName="/xl/comments1.xml" ContentType="${CT}.spreadsheetml.comments+xml"/><Override PartName="/xl/drawings/drawing1.xml" ContentType="${CT}.drawing+xml"/>` +
        `<Override PartName="/xl/charts/chart1.xml" ContentType="${CT}.drawingml.chart+xml"/><Override PartName="/xl/tables/table1.xml" ContentType="${CT}.spreadsheetml.table+xml"/></Types>`,
    ),
  );
  // One entry stored rather than deflated, as some writers do.
  files['docProps/core.xml'] = [files['docProps/core.xml'] as Uint8Array, { level: 0 }];
  return zipSync(files, { level: 6, mtime: new Date(2024, 2, 3, 4, 5, 6) });
}
