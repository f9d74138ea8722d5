import { endToEndId, invoiceIdOfEndToEndId } from './endToEndId';

describe('endToEndId', () => {
  it('joins the invoice and the attempt number when collecting', () => {
    expect(endToEndId('INV-000042', 2)).toBe('INV-000042-2');
  });
});

describe('invoiceIdOfEndToEndId', () => {
  it.each([
    ['INV-000042-2', 'INV-000042'],
    ['INV-000042-12', 'INV-000042'],
    ['ABC', 'ABC'],
    ['-3', '-3'],
  ])('reads %s as invoice %s', (reference, invoiceId) => {
    expect(invoiceIdOfEndToEndId(reference)).toBe(invoiceId);
  });
});
