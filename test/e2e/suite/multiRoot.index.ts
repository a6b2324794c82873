import { runMocha } from './index';

/** Entry point of the multi-root suite (see test/e2e/multiRoot.ts), as index.ts is of the main one. */
export function run(): Promise<void> {
  return runMocha({ 'multiRoot.test.ts': () => require('./multiRoot.test') }, 120_000);
}
