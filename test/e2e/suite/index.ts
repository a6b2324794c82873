import Mocha from 'mocha';
import { format } from 'node:util';

/**
 * Runs test files with mocha in the extension host: `register(name, load)` is called with each file's name and
 * a function that requires it (the suite is bundled, so its files are required by the entry point rather than
 * found by mocha); rejects when a test fails, which the host reports as exit code 1.
 */
export function runMocha(files: Record<string, () => unknown>, timeout = 60_000): Promise<void> {
  // The host forwards console arguments unformatted; give it whole lines.
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(format(...args));
  const mocha = new Mocha({ ui: 'bdd', timeout, color: false, reporter: 'spec' });
  for (const [name, load] of Object.entries(files)) {
    mocha.suite.emit('pre-require', globalThis, name, mocha);
    load();
  }
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} end-to-end test(s) failed`)) : resolve()));
  });
}

/** Entry point that VS Code's extension host calls for `extensionTestsPath`: the end-to-end suite. */
export function run(): Promise<void> {
  return runMocha({ 'extension.test.ts': () => require('./extension.test') });
}
