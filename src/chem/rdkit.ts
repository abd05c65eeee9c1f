// The chemistry the extension host asks for: SMILES → properties, drawings, InChIKeys. RDKit
// (WASM) runs in a worker thread (src/chem/rdkitWorker.ts), never on the host's own thread, and
// loads lazily there on the first request, never at activation. Before anything reaches the
// worker the size guard (src/chem/sizeGuard.ts) decides from the text alone what RDKit may do.
// Answers are kept in an LRU per drawing style; the same structure asked for twice while RDKit
// works on it shares one job.
import * as path from 'node:path';
import { LruCache } from './lru';
import { RdkitWorker } from './rdkitWorker';
import type { JobOutcome } from './rdkitWorker';
import { SIZE_LIMITS, sizeVerdict } from './sizeGuard';
import type { SizeLimits } from './sizeGuard';
import { LIGHT_DRAWING } from './molecule';
import type { DrawStyle, DrawingResult, MoleculeResult } from './molecule';

/** How long RDKit may work on one structure: ~25× the slowest drawing the size guard lets through. */
export const RDKIT_BUDGET_MS = 5_000;
/** How long a fresh worker may take to load RDKit's WASM (~0.5 s on an idle machine). */
export const RDKIT_LOAD_BUDGET_MS = 60_000;

export interface ChemistryOptions {
  /** Absolute path of RDKit's JS loader; its .wasm must sit beside it. */
  readonly modulePath: string;
  /** The worker script; by default chemWorker.js beside this module (dist/ or out/src/chem/). */
  readonly workerPath?: string;
  readonly budgetMs?: number;
  readonly cacheSize?: number;
  /** The size guard's limits; tests lift them to reach RDKit's own failure modes. */
  readonly limits?: SizeLimits;
}

/** The location inside the extension bundle: esbuild.js copies the loader to dist/rdkit/index.js. */
export function bundledRdkitPath(): string {
  return path.join(__dirname, 'rdkit', 'index.js');
}

/**
 * The worker script beside this module: esbuild.js bundles it as dist/chemWorker.js next to
 * dist/extension.js, and tsc compiles it to out/src/chem/chemWorker.js next to this file.
 */
function defaultWorkerPath(): string {
  return path.join(__dirname, 'chemWorker.js');
}

/** One RDKit job in flight, shared by everyone waiting for the same answer. */
interface Flight {
  /** What RDKit answered, or undefined when the job was dropped before it ran. */
  readonly result: Promise<CachedResult | undefined>;
  readonly abort: AbortController;
  waiters: number;
}

type CachedResult = MoleculeResult | DrawingResult;

export class Chemistry {
  private readonly worker: RdkitWorker;
  private readonly cache: LruCache<string, CachedResult>;
  private readonly flights = new Map<string, Flight>();
  private readonly limits: SizeLimits;

  constructor(options: ChemistryOptions) {
    this.worker = new RdkitWorker({
      modulePath: options.modulePath,
      workerPath: options.workerPath ?? defaultWorkerPath(),
      budgetMs: options.budgetMs ?? RDKIT_BUDGET_MS,
      loadBudgetMs: RDKIT_LOAD_BUDGET_MS,
    });
    this.cache = new LruCache(options.cacheSize ?? 500);
    this.limits = options.limits ?? SIZE_LIMITS;
  }

  /** Starts RDKit's worker if needed and waits until RDKit has loaded; rejects with the load error. */
  load(): Promise<void> {
    return this.worker.load();
  }

  /** True once RDKit has been asked for. */
  get loaded(): boolean {
    return this.worker.loaded;
  }

  /** RDKit workers started so far: more than one means a structure crashed or stalled one. */
  get workersStarted(): number {
    return this.worker.started;
  }

  /** Jobs handed to RDKit so far, to see what the cache, the size guard and cancellation save. */
  get jobsSent(): number {
    return this.worker.jobsSent;
  }

  /** The cached result for this SMILES and style, without asking RDKit. */
  cached(smiles: string, style: DrawStyle = LIGHT_DRAWING): MoleculeResult | undefined {
    return this.cache.get(describeKey(smiles, style)) as MoleculeResult | undefined;
  }

  /**
   * Properties and drawing for one SMILES. Resolves undefined as soon as `signal` aborts (a hover
   * the user has left): its job leaves the queue if RDKit has not started it yet. Rejects only
   * when RDKit cannot load.
   */
  async describe(smiles: string, style: DrawStyle = LIGHT_DRAWING, signal?: AbortSignal): Promise<MoleculeResult | undefined> {
    const verdict = sizeVerdict(smiles, this.limits);
    if (!verdict.fits) return verdict.tooLarge;
    const job = { kind: 'describe', smiles, style, draw: verdict.draw } as const;
    const result = await this.shared(
      describeKey(smiles, style),
      (abort) => this.worker.run(job, abort),
      (reason): MoleculeResult => ({ ok: false, failed: true, input: smiles, reason }),
      signal,
    );
    return result as MoleculeResult | undefined;
  }

  /** A drawing only, for tables of many rows; structures over the drawing limit get a reason instead. */
  async drawing(smiles: string, style: DrawStyle): Promise<DrawingResult> {
    const verdict = sizeVerdict(smiles, this.limits);
    if (!verdict.fits) return { ok: false, reason: `Too large to draw: ${verdict.tooLarge.reason}` };
    if (!verdict.draw) return { ok: false, reason: `Too large to draw: ${verdict.atoms.atoms} atoms is more than the ${this.limits.drawnAtoms} a drawing may have.` };
    const result = await this.shared(
      `drawing|${describeKey(smiles, style)}`,
      (abort) => this.worker.run({ kind: 'drawing', smiles, style }, abort),
      (reason): DrawingResult => ({ ok: false, reason }),
    );
    return (result as DrawingResult | undefined) ?? { ok: false, reason: 'RDKit was shut down.' };
  }

  /** SMILES → standard InChIKey, or undefined when RDKit cannot parse it (or the guard refuses it). */
  async inchiKeyOf(smiles: string): Promise<string | undefined> {
    if (!sizeVerdict(smiles, this.limits).fits) return undefined;
    const outcome = await this.worker.run({ kind: 'inchiKey', smiles });
    return outcome.status === 'answered' ? outcome.answer : undefined;
  }

  dispose(): void {
    this.worker.dispose();
  }

  /**
   * Answers from the cache, else runs the job once for everyone asking for `key` and caches what
   * came of it (a crash or a timeout included, so hovering the same hostile string again costs no
   * worker). A waiter whose signal aborts gets undefined at once; when the last one has left, a
   * job RDKit has not started yet is dropped from the queue.
   */
  private async shared<A extends CachedResult>(
    key: string,
    start: (abort: AbortSignal) => Promise<JobOutcome<A>>,
    failed: (reason: string) => A,
    signal?: AbortSignal,
  ): Promise<CachedResult | undefined> {
    const hit = this.cache.get(key);
    if (hit) return hit;
    if (signal?.aborted) return undefined;
    let flight = this.flights.get(key);
    if (!flight) {
      const abort = new AbortController();
      const result = start(abort.signal).then((outcome) => {
        if (outcome.status === 'cancelled') return undefined;
        const answer = outcome.status === 'answered' ? outcome.answer : failed(outcome.reason);
        this.cache.set(key, answer);
        return answer;
      });
      const started: Flight = { result, abort, waiters: 0 };
      this.flights.set(key, started);
      void result.finally(() => this.flights.delete(key)).catch(() => undefined);
      flight = started;
    }
    const joined = flight;
    joined.waiters++;
    try {
      if (!signal) return await joined.result;
      return await new Promise<CachedResult | undefined>((resolve, reject) => {
        const onAbort = (): void => resolve(undefined);
        signal.addEventListener('abort', onAbort, { once: true });
        joined.result.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
      });
    } finally {
      if (--joined.waiters === 0) joined.abort.abort();
    }
  }
}

function describeKey(smiles: string, style: DrawStyle): string {
  return `${style.name}|${style.width}x${style.height}|${smiles}`;
}
