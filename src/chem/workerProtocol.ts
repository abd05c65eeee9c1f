// The messages between the extension host (src/chem/rdkitWorker.ts) and the RDKit worker
// (src/chem/chemWorker.ts). The worker handles one job at a time; the host sends the next one
// only after the answer to the last.
import type { DrawStyle, DrawingResult, MoleculeResult } from './molecule';

export type ChemJob =
  | { readonly kind: 'describe'; readonly smiles: string; readonly style: DrawStyle; readonly draw: boolean }
  | { readonly kind: 'drawing'; readonly smiles: string; readonly style: DrawStyle }
  | { readonly kind: 'inchiKey'; readonly smiles: string };

/** What each kind of job answers. */
export interface ChemAnswers {
  describe: MoleculeResult;
  drawing: DrawingResult;
  inchiKey: string | undefined;
}

export type ChemAnswer = ChemAnswers[keyof ChemAnswers];

/** What the worker is started with (`workerData`). */
export interface ChemWorkerData {
  /** Absolute path of RDKit's JS loader; its .wasm must sit beside it. */
  readonly modulePath: string;
}

export interface JobMessage {
  readonly id: number;
  readonly job: ChemJob;
}

export type WorkerMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'loadFailed'; readonly message: string }
  | { readonly type: 'answer'; readonly id: number; readonly answer: ChemAnswer }
  /** RDKit threw: the worker's module may be corrupt and the host replaces the worker. */
  | { readonly type: 'crashed'; readonly id: number; readonly message: string };
