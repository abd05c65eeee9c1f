// An in-memory stand-in for the export's file operations (ExportFiles): records every operation,
// can fail a write half-way (leaving the part written, as a full disk does) or fail a rename, and
// lets a test change a file behind the export's back.
import type { Uri } from 'vscode';
import type { ExportFiles, FileState } from '../../src/platform/export/atomicSave';

export interface MemoryFiles {
  readonly files: ExportFiles;
  /** Path → text. */
  readonly contents: Map<string, string>;
  /** `write <path>`, `rename <from> -> <to>`, `delete <path>`, in order. */
  readonly ops: string[];
  /** Another program writes `path` (a new modification time). */
  put(path: string, text: string): void;
  failWrite: Error | undefined;
  failRename: Error | undefined;
}

export function memoryFiles(initial: Readonly<Record<string, string>> = {}): MemoryFiles {
  const contents = new Map<string, string>(Object.entries(initial));
  const mtimes = new Map<string, number>([...contents.keys()].map((p) => [p, 1]));
  const ops: string[] = [];
  let clock = 1;
  const put = (path: string, text: string) => {
    contents.set(path, text);
    mtimes.set(path, ++clock);
  };
  const state: MemoryFiles = {
    contents,
    ops,
    put,
    failWrite: undefined,
    failRename: undefined,
    files: {
      stat: (uri: Uri) => {
        const text = contents.get(uri.path);
        const found: FileState | undefined = text === undefined ? undefined : { mtime: mtimes.get(uri.path) ?? 0, size: Buffer.byteLength(text) };
        return Promise.resolve(found);
      },
      writeFile: (uri: Uri, content: Uint8Array) => {
        ops.push(`write ${uri.path}`);
        const text = Buffer.from(content).toString('utf8');
        if (state.failWrite) {
          put(uri.path, text.slice(0, Math.floor(text.length / 2)));
          return Promise.reject(state.failWrite);
        }
        put(uri.path, text);
        return Promise.resolve();
      },
      rename: (from: Uri, to: Uri) => {
        ops.push(`rename ${from.path} -> ${to.path}`);
        if (state.failRename) return Promise.reject(state.failRename);
        const text = contents.get(from.path);
        if (text === undefined) return Promise.reject(new Error(`ENOENT: ${from.path}`));
        contents.delete(from.path);
        put(to.path, text);
        return Promise.resolve();
      },
      delete: (uri: Uri) => {
        ops.push(`delete ${uri.path}`);
        if (!contents.delete(uri.path)) return Promise.reject(new Error(`ENOENT: ${uri.path}`));
        return Promise.resolve();
      },
    },
  };
  return state;
}
