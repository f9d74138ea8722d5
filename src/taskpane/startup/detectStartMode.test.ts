import { detectStartMode, type OfficeLike } from './detectStartMode';

function fakeOffice(host: unknown, context?: OfficeLike['context']): OfficeLike {
  return { onReady: () => Promise.resolve({ host }), context };
}

describe('detectStartMode', () => {
  it('is standalone when office.js did not load', async () => {
    expect(await detectStartMode(undefined)).toEqual({ kind: 'standalone', reason: 'no-office-js' });
  });

  it('is standalone when something else took the Office name', async () => {
    expect(await detectStartMode({} as OfficeLike)).toEqual({ kind: 'standalone', reason: 'no-office-js' });
  });

  it('is standalone in an ordinary browser, where onReady reports no host', async () => {
    expect(await detectStartMode(fakeOffice(null))).toEqual({ kind: 'standalone', reason: 'no-office-host' });
  });

  it('is standalone in another Office application', async () => {
    expect(await detectStartMode(fakeOffice('Word'))).toEqual({ kind: 'standalone', reason: 'no-office-host' });
  });

  it("is Excel inside Excel, with Office's body background", async () => {
    const office = fakeOffice('Excel', { officeTheme: { bodyBackgroundColor: '#262626' } });
    expect(await detectStartMode(office)).toEqual({ kind: 'excel', officeBackground: '#262626' });
  });

  it('has no background where the host has no Office theme', async () => {
    expect(await detectStartMode(fakeOffice('Excel', {}))).toEqual({ kind: 'excel', officeBackground: null });
    expect(await detectStartMode(fakeOffice('Excel'))).toEqual({ kind: 'excel', officeBackground: null });
  });

  it('has no background where reading the Office theme throws', async () => {
    const context = {
      get officeTheme(): never {
        throw new Error('not supported');
      },
    };
    expect(await detectStartMode(fakeOffice('Excel', context))).toEqual({ kind: 'excel', officeBackground: null });
  });

  it('passes on a failure of Office.onReady (a bug to show, not a browser to assume)', async () => {
    const office: OfficeLike = { onReady: () => Promise.reject(new Error('boom')) };
    await expect(detectStartMode(office)).rejects.toThrow('boom');
  });
});
