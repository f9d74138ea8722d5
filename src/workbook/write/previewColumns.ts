/**
 * The preview table's columns, in order (SPEC §5). `Include` is the one column staff edit.
 * `Currency` follows Amount (SPEC §11: every amount shows its currency); post finds columns by
 * header, so a preview written before it still posts.
 */
export const PREVIEW_COLUMNS = [
  'Key',
  'Action',
  'Status',
  'Reason',
  'Include',
  'Member ID',
  'Membership ID',
  'Name',
  'Email',
  'Product',
  'New Product',
  'End Date',
  'Term Start',
  'Term End',
  'Due Date',
  'Amount',
  'Currency',
  'Invoice ID',
  'Notice Number',
  'Notice Kind',
] as const;

/** Name of the sheet holding a run's preview. */
export function previewSheetName(runId: string): string {
  return `Preview ${runId}`;
}

/** The Action written on the preview row of an input error. */
export const INPUT_ERROR_ACTION = 'input error';
