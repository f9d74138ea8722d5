/**
 * The session worker's entry: it runs the session (standalone: on the workbook it holds; Excel:
 * on the pane's workbook through a forwarded host) and answers the pane's calls (see
 * attachSessionWorker). Its clock is the browser's own, the same as the page's.
 */
import { attachSessionWorker, type WorkerScope } from './attachSessionWorker';

attachSessionWorker(self as unknown as WorkerScope, () => new Date());
