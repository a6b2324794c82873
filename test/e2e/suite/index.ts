import Mocha from 'mocha';
import { format } from 'node:util';

/**
 * Entry point that VS Code's extension host calls for `extensionTestsPath`: runs the end-to-end suite with
 * mocha and rejects when a test fails, which the host reports as exit code 1.
 */
export function run(): Promise<void> {
  // The host forwards console arguments unformatted; give it whole lines.
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(format(...args));
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  // The suite is bundled, so its test files are required here instead of being found by mocha.
  mocha.suite.emit('pre-require', globalThis, 'extension.test.ts', mocha);
  require('./extension.test');
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} end-to-end test(s) failed`)) : resolve()));
  });
}
