/** A mailbox: an address and, optionally, the display name shown with it. */
export interface Mailbox {
  name?: string;
  address: string;
}

/** A file attached to a message. */
export interface MessageAttachment {
  filename: string;
  contentType: string;
  content: Uint8Array;
}

/**
 * An email ready to be composed into RFC 5322 bytes (SPEC §9): what `--outbox` writes as an
 * `.eml` file and `--smtp` sends. Text only (plain text body), UTF-8.
 */
export interface OutgoingMessage {
  from: Mailbox;
  to: Mailbox;
  replyTo?: string;
  subject: string;
  text: string;
  /** Without angle brackets: `NIGHTLY.2026-11-30.renew_M-1@example.org`. */
  messageId: string;
  date: Date;
  attachments: readonly MessageAttachment[];
}
