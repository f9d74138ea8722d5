import net, { type AddressInfo, type Socket } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { composeMessage } from '../../workbook/messages/mime/composeMessage';
import type { OutgoingMessage } from '../../workbook/messages/outgoingMessage';
import type { MailSender, SmtpOptions } from './mailSender';
import { createSmtpSender } from './smtpSender';

/** A real SMTP server on 127.0.0.1 that keeps what it receives. */
async function startServer(options: SMTPServerOptions = {}) {
  const received: ParsedMail[] = [];
  const sockets = new Set<Socket>();
  let connections = 0;
  const server = new SMTPServer({
    authOptional: true,
    logger: false,
    onConnect: (_session, callback) => (connections++, callback()),
    onData: (stream, _session, callback) => {
      simpleParser(stream).then((mail) => (received.push(mail), callback()), callback);
    },
    ...options,
  });
  server.server.on('connection', (socket: Socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    received,
    sockets,
    connections: () => connections,
    stop: () => (sockets.forEach((socket) => socket.destroy()), new Promise<void>((resolve) => server.close(() => resolve()))),
  };
}

function message(to: string, subject: string): Uint8Array {
  const m: OutgoingMessage = {
    from: { name: 'Riverside Club', address: 'club@example.org' },
    to: { name: 'Ελένη Παππά', address: to },
    subject,
    text: 'Dear member,\nyour invoice is attached.\n',
    messageId: `R.2026-11-30.${subject.replace(/\W/g, '_')}.00000000@example.org`,
    date: new Date(Date.UTC(2026, 10, 30)),
    attachments: [{ filename: 'INV-1.pdf', contentType: 'application/pdf', content: Uint8Array.of(37, 80, 68, 70) }],
  };
  return composeMessage(m);
}

const envelope = (to: string) => ({ from: 'club@example.org', to });
let stops: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  await Promise.all(stops.map((stop) => stop()));
  stops = [];
});
async function sender(options: Partial<SmtpOptions> & { port: number }): Promise<MailSender> {
  const created = createSmtpSender({ host: '127.0.0.1', security: 'none', rejectUnauthorized: false, ...options });
  stops.unshift(() => created.close());
  return created;
}

// Nothing here is timed; on two loaded cores Jest's 5 s default could fail a test that only waits.
jest.setTimeout(60_000);

describe('createSmtpSender', () => {
  it('sends messages over one connection and reports the server reply', async () => {
    const server = await startServer();
    stops.push(server.stop);
    const smtp = await sender({ port: server.port });
    expect(await smtp.send(envelope('a@example.org'), message('a@example.org', 'Ανανέωση 1'))).toEqual({
      status: 'sent',
      detail: expect.stringMatching(/^250 /),
    });
    expect(await smtp.send(envelope('b@example.org'), message('b@example.org', 'Ανανέωση 2'))).toMatchObject({ status: 'sent' });
    expect(
      server.received.map((mail) => [mail.subject, mail.to && 'value' in mail.to && mail.to.value[0].address, mail.attachments[0].content.toString()]),
    ).toEqual([
      ['Ανανέωση 1', 'a@example.org', '%PDF'],
      ['Ανανέωση 2', 'b@example.org', '%PDF'],
    ]);
    expect(server.connections()).toBe(1);
  });

  it('reports a refused recipient as failed and still sends the next message', async () => {
    const refuse = (address: { address: string }, _session: unknown, callback: (error?: Error) => void) =>
      callback(address.address === 'gone@example.org' ? Object.assign(new Error('No such user'), { responseCode: 550 }) : undefined);
    const server = await startServer({ onRcptTo: refuse });
    stops.push(server.stop);
    const smtp = await sender({ port: server.port });
    expect(await smtp.send(envelope('gone@example.org'), message('gone@example.org', 'one'))).toEqual({ status: 'failed', detail: '550 No such user' });
    expect(await smtp.send(envelope('a@example.org'), message('a@example.org', 'two'))).toMatchObject({ status: 'sent' });
    expect(server.received.map((mail) => mail.subject)).toEqual(['two']);
    expect(server.connections()).toBe(1);
  });

  it.each(['starttls', 'tls'] as const)('logs in with user and password over %s', async (security) => {
    const logins: string[] = [];
    const secured: boolean[] = [];
    const server = await startServer({
      secure: security === 'tls',
      onAuth: (auth, _session, callback) => (logins.push(`${auth.username}:${auth.password}`), callback(null, { user: auth.username })),
      onMailFrom: (_address, session, callback) => (secured.push(session.secure), callback()),
    });
    stops.push(server.stop);
    const smtp = await sender({ port: server.port, security, user: 'club', password: 's3cret' });
    expect(await smtp.send(envelope('a@example.org'), message('a@example.org', 'hi'))).toMatchObject({ status: 'sent' });
    expect(logins).toEqual(['club:s3cret']);
    expect(secured).toEqual([true]);
  });

  it('reports a refused login as failed', async () => {
    const server = await startServer({ onAuth: (_auth, _session, callback) => callback(new Error('Invalid username or password')) });
    stops.push(server.stop);
    const smtp = await sender({ port: server.port, security: 'starttls', user: 'club', password: 'wrong' });
    expect(await smtp.send(envelope('a@example.org'), message('a@example.org', 'hi'))).toEqual({
      status: 'failed',
      detail: '535 Invalid username or password',
    });
    expect(server.received).toEqual([]);
  });

  it('sends no credentials with security none, even when given', async () => {
    const onAuth = jest.fn((_auth, _session, callback) => callback(null, { user: 'x' }));
    const server = await startServer({ allowInsecureAuth: true, onAuth });
    stops.push(server.stop);
    const smtp = await sender({ port: server.port, security: 'none', user: 'club', password: 's3cret' });
    expect(await smtp.send(envelope('a@example.org'), message('a@example.org', 'hi'))).toMatchObject({ status: 'sent' });
    expect(onAuth).not.toHaveBeenCalled();
  });

  it('reports unknown when the connection drops after the data, and reconnects for the next message', async () => {
    let drop = true;
    const server = await startServer({
      onData: (stream, _session, callback) => {
        stream.resume();
        stream.on('end', () => (drop ? (server.sockets.forEach((socket) => socket.destroy()), (drop = false)) : callback()));
      },
    });
    stops.push(server.stop);
    const smtp = await sender({ port: server.port });
    expect(await smtp.send(envelope('a@example.org'), message('a@example.org', 'one'))).toMatchObject({ status: 'unknown' });
    expect(await smtp.send(envelope('b@example.org'), message('b@example.org', 'two'))).toMatchObject({ status: 'sent' });
    expect(server.connections()).toBe(2);
  });

  it('reports failed when the connection drops before the data', async () => {
    const server = await startServer({ onMailFrom: () => server.sockets.forEach((socket) => socket.destroy()) });
    stops.push(server.stop);
    const smtp = await sender({ port: server.port });
    expect(await smtp.send(envelope('a@example.org'), message('a@example.org', 'one'))).toMatchObject({ status: 'failed' });
  });

  it('reports failed when nothing listens', async () => {
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const smtp = await sender({ port });
    expect(await smtp.send(envelope('a@example.org'), message('a@example.org', 'one'))).toEqual({
      status: 'failed',
      detail: expect.stringContaining('ECONNREFUSED'),
    });
  });
});
