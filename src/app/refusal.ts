/** The use cases' refusal is the hosts' one (src/hosts/refusal.ts): one type from the file lock up to the pane. */
export { Refusal, type RefusalCode } from '../hosts/refusal';
