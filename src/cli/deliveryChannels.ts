import type { EmailChannel } from '../app/deliver/deliveryTools';
import { Refusal } from '../app/refusal';
import type { Settings } from '../engine/model/settings';
import { createSmtpSender } from '../hosts/mail/smtpSender';
import { outboxFolder } from '../hosts/mail/outboxWriter';

/**
 * The `--outbox DIR` channel: each message an `.eml` file written whole (renamed into place);
 * several are written at once and made durable by `flush` in batches (see `outboxFolder`). A
 * file that cannot be written or flushed is that message's `Failed` (with the system's reason),
 * and the others go on.
 *
 * @example
 * const email = outboxChannel('/srv/outbox');
 */
export function outboxChannel(dir: string): EmailChannel {
  const folder = outboxFolder(dir);
  return {
    channel: 'outbox',
    async deliver({ fileName, bytes }) {
      try {
        await folder.write(fileName, bytes);
        return { status: 'sent', detail: fileName };
      } catch (e) {
        return { status: 'failed', detail: `${fileName} cannot be written (${(e as NodeJS.ErrnoException).code ?? String(e)})` };
      }
    },
    async flush() {
      const failed = await folder.flush();
      return new Map([...failed].map(([fileName, code]) => [fileName, `${fileName} cannot be flushed to disk (${code})`]));
    },
    close: async () => undefined,
  };
}

/**
 * The `--smtp` channel over the Settings' server (SPEC §9): `SMTP Host` is required; the password
 * comes only from the environment (`RENEWAL_RUNS_SMTP_PASSWORD`), and with `SMTP Security` `none`
 * no credentials are sent at all.
 *
 * @example
 * const email = smtpChannel(settings, process.env.RENEWAL_RUNS_SMTP_PASSWORD);
 */
export function smtpChannel(settings: Settings, password: string | undefined): EmailChannel {
  if (settings.smtpHost === null) throw new Refusal('DELIVERY_SETUP', 'Cannot deliver by SMTP: the Settings sheet has no SMTP Host.');
  const sender = createSmtpSender({
    host: settings.smtpHost,
    port: settings.smtpPort,
    security: settings.smtpSecurity,
    ...(settings.smtpUser === null ? {} : { user: settings.smtpUser }),
    ...(password === undefined || password === '' ? {} : { password }),
  });
  return { channel: 'email', deliver: ({ envelope, bytes }) => sender.send(envelope, bytes), close: () => sender.close() };
}
