// An in-memory folder for the names dictionary's files (src/names/persistence.ts NameFiles).
import type { NameFiles } from '../../src/names/persistence';

/** A folder in memory; `failWrite` fails the next write half-way, as a full disk does. */
export function memoryFolder(initial: Record<string, string> = {}) {
  const contents = new Map(Object.entries(initial));
  const state = { contents, failWrite: false, writes: 0 };
  const files: NameFiles = {
    read: async (name) => contents.get(name),
    write: async (name, text) => {
      state.writes++;
      if (state.failWrite) {
        contents.set(name, text.slice(0, text.length / 2));
        throw new Error('ENOSPC');
      }
      contents.set(name, text);
    },
    rename: async (from, to) => {
      const text = contents.get(from);
      if (text === undefined) throw new Error(`ENOENT ${from}`);
      contents.delete(from);
      contents.set(to, text);
    },
    delete: async (name) => void contents.delete(name),
  };
  return { files, state, contents };
}
