import Mocha from 'mocha';
import { format } from 'node:util';

/** Entry point of the multi-root suite (see test/e2e/multiRoot.ts), as index.ts is of the main one. */
export function run(): Promise<void> {
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(format(...args));
  const mocha = new Mocha({ ui: 'bdd', timeout: 120_000, color: false, reporter: 'spec' });
  mocha.suite.emit('pre-require', globalThis, 'multiRoot.test.ts', mocha);
  require('./multiRoot.test');
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} end-to-end test(s) failed`)) : resolve()));
  });
}
