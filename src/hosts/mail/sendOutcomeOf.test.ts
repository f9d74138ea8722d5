import { sendOutcomeOf } from './sendOutcomeOf';

describe('sendOutcomeOf', () => {
  it.each([
    [{ message: 'Recipient command failed', code: 'EENVELOPE', response: '550 No such user', responseCode: 550 }, false, 'failed', '550 No such user'],
    [{ message: 'Message failed', code: 'EMESSAGE', response: '452 Mailbox full', responseCode: 452 }, true, 'failed', '452 Mailbox full'],
    [{ message: 'Invalid login', code: 'EAUTH', response: '535 Bad credentials', responseCode: 535 }, false, 'failed', '535 Bad credentials'],
    [{ message: 'Server closed the connection', code: 'ECONNECTION', response: '421 Shutting down', responseCode: 421 }, true, 'failed', '421 Shutting down'],
    [{ message: 'connect ECONNREFUSED 127.0.0.1:1', code: 'ESOCKET' }, false, 'failed', 'connect ECONNREFUSED 127.0.0.1:1 (ESOCKET)'],
    [{ message: 'Error initiating TLS', code: 'ETLS' }, false, 'failed', 'Error initiating TLS (ETLS)'],
    [{ message: 'Connection closed unexpectedly', code: 'ECONNECTION' }, false, 'failed', 'Connection closed unexpectedly (ECONNECTION)'],
    [{ message: 'Connection closed unexpectedly', code: 'ECONNECTION' }, true, 'unknown', 'Connection closed unexpectedly (ECONNECTION)'],
    [{ message: 'Timeout', code: 'ETIMEDOUT' }, true, 'unknown', 'Timeout (ETIMEDOUT)'],
    [{ message: 'Unexpected Response', code: 'EPROTOCOL', response: '250 OK', responseCode: 250 }, true, 'unknown', 'Unexpected Response (EPROTOCOL)'],
  ])('classifies %p (data sent: %p) as %p', (error, dataSent, status, detail) => {
    expect(sendOutcomeOf(error, dataSent)).toEqual({ status, detail });
  });
});
