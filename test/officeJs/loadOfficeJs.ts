/// <reference types="office-js" />
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';

/**
 * The build of office.js the tests run: Excel on the web's, debug (unminified) so a failure's
 * stack points at readable source. Its request serialiser (ClientRequest.buildRequestMessageBody,
 * Range.set's setRangePropertiesInBulk row chunking) is the code Excel on the web's add-ins run.
 */
export const OFFICE_JS_BUILD = 'excel-web-16.00.debug.js';

/** A request as office.js hands it to a request executor (RichApi's `RequestMessageBody`). */
export interface RequestExecutorMessage {
  Url: string;
  Headers: Record<string, string>;
  Body: unknown;
}

/** What a request executor answers (RichApi's `RequestExecutorResponse`). */
export interface RequestExecutorResponse {
  HttpStatusCode: number;
  ErrorCode: string;
  ErrorMessage: string;
  Headers: Record<string, string>;
  Body: unknown;
}

/** A request executor: office.js calls `executeAsync` once per `context.sync()` that has actions. */
export interface RequestExecutor {
  executeAsync(customData: unknown, requestFlags: number, message: RequestExecutorMessage): Promise<RequestExecutorResponse>;
}

/** The part of the loaded library the harness uses. */
export interface OfficeJsLibrary {
  Excel: {
    run<T>(options: Record<string, unknown>, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  };
  OfficeExtension: {
    /** The base of a session; a subclass's `_createRequestExecutorOrNull` supplies the executor. */
    SessionBase: new () => { _createRequestExecutorOrNull(): RequestExecutor | null };
    /** The error class office.js throws (`OfficeExtension.Error`, name 'RichApi.Error'). */
    Error: abstract new (...args: never[]) => Error & { code: string };
  };
}

let loaded: OfficeJsLibrary | undefined;

/**
 * Loads the real `@microsoft/office-js` Excel library once per process, in a vm context with
 * just enough of a browser window for it to initialise (no DOM, no network: every request goes
 * to the executor a session supplies).
 *
 * @example
 * const { Excel } = loadOfficeJs();
 * await Excel.run({ session }, async (context) => { … });
 */
export function loadOfficeJs(): OfficeJsLibrary {
  if (loaded) return loaded;
  const source = readFileSync(join(require.resolve('@microsoft/office-js/package.json'), '..', 'dist', OFFICE_JS_BUILD), 'utf8');
  const element = () => ({ style: {}, setAttribute() {}, appendChild() {} });
  const win: Record<string, unknown> = {
    location: { protocol: 'https:', href: 'https://localhost/', search: '', hash: '' },
    navigator: { userAgent: 'node' },
    addEventListener() {},
    removeEventListener() {},
    setTimeout,
    clearTimeout,
    console,
    Promise,
    JSON,
    Math,
    Date,
    Array,
    Object,
    Error,
    performance,
    document: {
      createElement: element,
      getElementsByTagName: () => [],
      addEventListener() {},
      readyState: 'complete',
      documentElement: {},
      cookie: '',
    },
  };
  win.window = win;
  win.self = win;
  const context = createContext(win);
  runInContext(source, context, { filename: OFFICE_JS_BUILD });
  loaded = { Excel: context.Excel as OfficeJsLibrary['Excel'], OfficeExtension: context.OfficeExtension as OfficeJsLibrary['OfficeExtension'] };
  return loaded;
}
