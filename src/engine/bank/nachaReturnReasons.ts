import { hard, soft, type ReturnReason } from './returnReason';

const nacha = (code: string, words: string): ReturnReason => soft('nacha', code, words);
const nachaHard = (code: string, words: string, why: string): ReturnReason => hard('nacha', code, words, why);

/**
 * NACHA return reason codes that can come back on a PPD debit (and a few an RDFI may use
 * anyway), in the words of the NACHA Operating Rules' return reason code list.
 *
 * The Rules (Subsection 2.12.4) let an Originator reinitiate a returned entry only when it was
 * returned R01 or R09 (at most twice), R08 with the Receiver's new authorization, or once the
 * reason for the return has been corrected. Hard here are the codes whose correction is new
 * account details or a new authorization from the member — SPEC's `R02 R03 R04 R07 R10 R16
 * R29`, and besides `R05 R08` (refused by the member), `R12 R13` (the bank details moved or are
 * wrong), `R14 R15` (death), `R20` (the account cannot be debited) and `R51` (an unauthorized
 * return like R10). Soft are those fixed on the creditor's side without touching the member's
 * details: `R11` (the entry broke the authorization's terms, e.g. the amount; the Rules allow a
 * corrected entry under the same authorization), `R06`, `R17`, `R23`, `R24`, `R31`, `R33`.
 */
export const NACHA_RETURN_REASONS: readonly ReturnReason[] = [
  nacha('R01', 'Insufficient Funds'),
  nachaHard('R02', 'Account Closed', 'the account is closed'),
  nachaHard('R03', 'No Account/Unable to Locate Account', 'no account matches the number and name'),
  nachaHard('R04', 'Invalid Account Number Structure', 'the account number is malformed'),
  nachaHard('R05', 'Unauthorized Debit to Consumer Account Using Corporate SEC Code', 'the member says the debit was not authorized'),
  nacha('R06', "Returned per ODFI's Request"),
  nachaHard('R07', 'Authorization Revoked by Customer', 'the member revoked the authorization'),
  nachaHard('R08', 'Payment Stopped', "the member stopped the payment: the Rules allow reinitiating only with the member's new authorization"),
  nacha('R09', 'Uncollected Funds'),
  nachaHard(
    'R10',
    "Customer Advises Originator is Not Known to Receiver and/or Originator is Not Authorized by Receiver to Debit Receiver's Account",
    'the member says the debit was not authorized',
  ),
  nacha('R11', 'Customer Advises Entry Not in Accordance with the Terms of the Authorization'),
  nachaHard('R12', 'Account Sold to Another DFI', 'the account moved to another bank: a new routing number is needed'),
  nachaHard('R13', 'Invalid ACH Routing Number', 'the routing number is not an ACH participant'),
  nachaHard('R14', 'Representative Payee Deceased or Unable to Continue in That Capacity', 'the representative payee has died or can no longer act'),
  nachaHard('R15', 'Beneficiary or Account Holder (Other Than a Representative Payee) Deceased', 'the account holder has died'),
  nachaHard('R16', 'Account Frozen/Entry Returned per OFAC Instruction', 'the account is frozen'),
  nacha('R17', 'File Record Edit Criteria/Entry with Invalid Account Number Initiated Under Questionable Circumstances'),
  nachaHard('R20', 'Non-Transaction Account', 'the account cannot be debited (Regulation D)'),
  nacha('R23', 'Credit Entry Refused by Receiver'),
  nacha('R24', 'Duplicate Entry'),
  nachaHard('R29', 'Corporate Customer Advises Not Authorized', 'the member (a company) says the debit was not authorized'),
  nacha('R31', 'Permissible Return Entry (CCD and CTX only)'),
  nacha('R33', 'Return of XCK Entry'),
  nachaHard('R51', 'Item Related to RCK Entry is Ineligible or RCK Entry is Improper', 'an unauthorized-entry return, like R10'),
];
