// A fake App whose `names` is a real NameBook on the sandbox's seed (catalog targets, diseases,
// sample SAR tasks and sequences), kept in memory: for tests that name IDs or pick by name.
import type { App } from '../../src/app';
import type * as NameBookModule from '../../src/features/names/nameBook';
import { sandboxNames } from '../../src/sandbox/server';
import { fakeApp } from './fakeApp';
import { FakeEventEmitter, fakeLogChannel, installFakeVscode } from './fakeVscode';
import { memoryFolder } from './memoryFolder';

export interface SandboxNamesApp {
  readonly app: App;
  readonly book: NameBookModule.NameBook;
}

/** Call in beforeEach (after fake.reset()); dispose `book` in afterEach. */
export async function sandboxNamesApp(): Promise<SandboxNamesApp> {
  installFakeVscode();
  // Loaded after the fake vscode is installed, as the module imports 'vscode'.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { NameBook } = require('../../src/features/names/nameBook') as typeof NameBookModule;
  const services = {
    onDidChange: new FakeEventEmitter<void>().event, onDidAnswer: new FakeEventEmitter<never>().event,
    account: async () => ({ service: 'sandbox' as const }), sandboxNames,
  };
  const book = new NameBook({ services, files: memoryFolder().files, log: fakeLogChannel(), saveDelayMs: 0 });
  await book.ready();
  const { app } = fakeApp(() => {
    throw new Error('no client needed');
  }, new Map(), () => ({ names: book }));
  return { app, book };
}
