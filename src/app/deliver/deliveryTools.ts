import type { InvoiceDocument, LetterDocument, PaperSize } from '../../documents/documentTypes';
import type { MessageKind } from '../../engine/messages/messageKind';
import type { RenderedMessage } from '../../workbook/messages/renderMessage';
import type { SendOutcome } from '../../hosts/mail/mailSender';
import type { DeliveryLogEntry } from '../../workbook/deliveries/deliveryLogEntry';
import type { MessageFacts } from '../../workbook/messages/messageFacts';
import type { OutgoingMessage } from '../../workbook/messages/outgoingMessage';

/** A message merged from its template (SPEC §9), with what a letter needs besides. */
export interface DeliverableMessage extends RenderedMessage {
  /** The Members column `Address` when the sheet has one and it is not blank: a letter's address block. */
  address: string | null;
}

/** What delivery does with an email: write it to the outbox or hand it to the mail server. */
export interface EmailChannel {
  /** `outbox` records `Written`, `email` records `Sent`. */
  readonly channel: 'email' | 'outbox';
  deliver(message: { fileName: string; envelope: { from: string; to: string }; bytes: Uint8Array }): Promise<SendOutcome>;
  /**
   * Present on a channel where delivering a message again is harmless (the outbox: a file
   * written again under its name is no second message). Such a channel may be given several
   * messages at once without waiting, and what `deliver` reported `sent` is durable only once
   * `flush` has resolved; it resolves with the file names that could not be made durable and why.
   * Absent (SMTP): each `deliver` is final when it resolves, and messages go one at a time.
   */
  flush?(): Promise<Map<string, string>>;
  close(): Promise<void>;
}

/**
 * What `deliverRun` works with, given by its caller (the CLI, the pane's worker, tests): the
 * merge, the documents, the MIME composer, where emails and letters go, and the durable log.
 */
export interface DeliveryTools {
  /** Merges a message's template; bound to the book's templates, settings and Members. */
  render(facts: MessageFacts): DeliverableMessage;
  /** Merge fields of these kinds' templates that match no field, column or setting, in the SPEC's words; empty when all are known. */
  templateProblems(kinds: ReadonlySet<MessageKind>): string[];
  invoicePdf(doc: InvoiceDocument, paper: PaperSize): Promise<Uint8Array>;
  lettersPdf(letters: readonly LetterDocument[], paper: PaperSize): Promise<Uint8Array>;
  compose(message: OutgoingMessage): Uint8Array;
  /** Where emails go; a dry run never calls it. */
  email: EmailChannel;
  /** Writes the letters PDF (`--letters FILE.pdf`; a dry run renders it and never calls this); null when no letters file was asked for. */
  letters: { write(pdf: Uint8Array): Promise<void> } | null;
  /** Puts the entries on disk before returning (the sidecar log), with one flush for them all. */
  log(...entries: DeliveryLogEntry[]): void;
}
