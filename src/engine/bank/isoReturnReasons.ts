import { hard, soft, type ReturnReason } from './returnReason';

/**
 * ISO 20022 ExternalReturnReason1Code reasons that come back on SEPA direct debit
 * R-transactions (returns, refunds, rejects), in the ISO names' words, sentence case as SPEC
 * §10 writes them (`AM04 Insufficient funds`).
 *
 * Hard beyond SPEC's list (`AC01 AC04 AC06 MD01 MD06 MS02`): `AC13` and `AG01` (this account
 * cannot be debited at all, like NACHA's R20) and `MD07` (the account holder has died).
 * `RC01` (wrong bank identifier) stays soft although it needs a correction: what is wrong is the
 * BIC, and a changed BIC is not a changed IBAN or Mandate ID, so as a hard return it would
 * never be released. `SL01` stays soft: a debtor bank's service such as an amount cap may
 * pass next time.
 */
export const ISO_RETURN_REASONS: readonly ReturnReason[] = [
  hard('iso', 'AC01', 'Incorrect account number', 'the IBAN is wrong: the same IBAN will be refused again'),
  hard('iso', 'AC04', 'Closed account number', 'the account is closed'),
  hard('iso', 'AC06', 'Blocked account', 'the account is blocked for direct debits'),
  hard('iso', 'AC13', 'Invalid debtor account type', 'this type of account cannot be debited (e.g. a consumer account under B2B)'),
  hard('iso', 'AG01', 'Transaction forbidden', 'direct debits are forbidden on this account'),
  soft('iso', 'AG02', 'Invalid bank operation code'),
  soft('iso', 'AM04', 'Insufficient funds'),
  soft('iso', 'AM05', 'Duplication'),
  soft('iso', 'BE05', 'Unrecognised initiating party'),
  soft('iso', 'CNOR', 'Creditor bank is not registered'),
  soft('iso', 'CUST', 'Requested by customer'),
  soft('iso', 'DNOR', 'Debtor bank is not registered'),
  soft('iso', 'FF01', 'Invalid file format'),
  soft('iso', 'FOCR', 'Following cancellation request'),
  hard('iso', 'MD01', 'No mandate', 'the bank holds no mandate for this debit: a new mandate is needed'),
  soft('iso', 'MD02', 'Missing mandatory information in mandate'),
  hard('iso', 'MD06', 'Refund request by end customer', 'the member claimed the money back: collecting again needs their agreement'),
  hard('iso', 'MD07', 'End customer deceased', 'the account holder has died'),
  hard('iso', 'MS02', 'Not specified reason customer generated', 'the member refused the debit (EPC: refusal by the debtor)'),
  soft('iso', 'MS03', 'Not specified reason agent generated'),
  soft('iso', 'RC01', 'Bank identifier incorrect'),
  soft('iso', 'RR01', 'Missing debtor account or identification'),
  soft('iso', 'RR02', 'Missing debtor name or address'),
  soft('iso', 'RR03', 'Missing creditor name or address'),
  soft('iso', 'RR04', 'Regulatory reason'),
  soft('iso', 'SL01', 'Specific service offered by debtor agent'),
  soft('iso', 'TM01', 'Invalid cut off time'),
];
