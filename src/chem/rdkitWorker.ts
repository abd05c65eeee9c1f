// The extension host's side of the RDKit worker (src/chem/chemWorker.ts): a queue of jobs served
// one at a time by a worker thread, each with a time budget. RDKit never runs on the host's own
// thread, so a structure that makes it spin or trap can cost the user that one answer, never a
// frozen editor. When a job traps RDKit or outlives its budget, that job fails with the reason,
// the worker is terminated, and a fresh one serves the jobs still queued.
import { Worker } from 'node:worker_threads';
import type { ChemAnswers, ChemJob, ChemWorkerData, JobMessage, WorkerMessage } from './workerProtocol';

export interface RdkitWorkerOptions {
  /** Absolute path of RDKit's JS loader; its .wasm must sit beside it. */
  readonly modulePath: string;
  /** The worker script: dist/chemWorker.js in the bundle, out/src/chem/chemWorker.js in tests. */
  readonly workerPath: string;
  /** How long RDKit may work on one job before its worker is ended. */
  readonly budgetMs: number;
  /** How long a fresh worker may take to load RDKit. */
  readonly loadBudgetMs: number;
}

/** How a job ended: RDKit's answer, a failure that cost the worker, or dropped before it ran. */
export type JobOutcome<A> =
  | { readonly status: 'answered'; readonly answer: A }
  | { readonly status: 'failed'; readonly reason: string }
  | { readonly status: 'cancelled' };

interface Pending {
  readonly id: number;
  readonly job: ChemJob;
  readonly settle: (outcome: JobOutcome<unknown>) => void;
  readonly fail: (err: Error) => void;
}

export class RdkitWorker {
  private worker: Worker | undefined;
  private ready = false;
  /** A worker that could not load RDKit: kept, so every later job gets one clear error at once. */
  private loadFailure: Error | undefined;
  private readonly queue: Pending[] = [];
  private running: Pending | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** Settles when the current worker has loaded RDKit, or could not. */
  private whenReady: Promise<void> = Promise.resolve();
  private readyNow: () => void = () => undefined;
  private notReady: (err: Error) => void = () => undefined;
  private nextId = 1;
  private disposed = false;
  /** Workers started so far (the first one included). */
  started = 0;
  /** Jobs handed to RDKit so far: what the cache and the cancellation save shows here. */
  jobsSent = 0;

  constructor(private readonly options: RdkitWorkerOptions) {}

  /** True once a worker has been asked for (RDKit loads lazily, on the first job). */
  get loaded(): boolean {
    return this.started > 0 || this.loadFailure !== undefined;
  }

  /**
   * Queues a job. Rejects only when RDKit cannot load. An aborted `signal` drops the job while it
   * waits in the queue; a job already running finishes (within its budget) and still answers.
   */
  run<K extends ChemJob['kind']>(job: Extract<ChemJob, { kind: K }>, signal?: AbortSignal): Promise<JobOutcome<ChemAnswers[K]>> {
    if (this.loadFailure) return Promise.reject(this.loadFailure);
    if (signal?.aborted || this.disposed) return Promise.resolve({ status: 'cancelled' });
    return new Promise((resolve, reject) => {
      const onAbort = (): void => {
        const at = this.queue.indexOf(pending);
        if (at < 0) return;
        this.queue.splice(at, 1);
        resolve({ status: 'cancelled' });
        this.idleUnlessBusy();
      };
      const done = (): void => signal?.removeEventListener('abort', onAbort);
      const pending: Pending = {
        id: this.nextId++,
        job,
        settle: (outcome) => (done(), resolve(outcome as JobOutcome<ChemAnswers[K]>)),
        fail: (err) => (done(), reject(err)),
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.queue.push(pending);
      this.pump();
    });
  }

  /** Starts a worker if there is none and waits until RDKit has loaded in it; rejects with the load error. */
  load(): Promise<void> {
    if (this.loadFailure) return Promise.reject(this.loadFailure);
    if (!this.worker) this.startWorker();
    return this.whenReady;
  }

  dispose(): void {
    this.disposed = true;
    this.stopWorker();
    for (const pending of this.queue.splice(0)) pending.settle({ status: 'cancelled' });
    this.running?.settle({ status: 'cancelled' });
    this.running = undefined;
  }

  /** Sends the next queued job if the worker is free, starting a worker if there is none. */
  private pump(): void {
    if (this.running || this.queue.length === 0 || this.disposed) return;
    if (!this.worker) this.startWorker();
    if (!this.ready || !this.worker) return;
    const next = this.queue.shift() as Pending;
    this.running = next;
    this.jobsSent++;
    this.worker.ref();
    this.timer = setTimeout(() => this.replaceWorker(`RDKit took longer than ${this.options.budgetMs / 1000} s on this structure and was stopped.`), this.options.budgetMs);
    const message: JobMessage = { id: next.id, job: next.job };
    this.worker.postMessage(message);
  }

  private startWorker(): void {
    const data: ChemWorkerData = { modulePath: this.options.modulePath };
    const worker = new Worker(this.options.workerPath, { workerData: data });
    this.worker = worker;
    this.ready = false;
    this.started++;
    this.whenReady = new Promise((resolve, reject) => {
      this.readyNow = resolve;
      this.notReady = reject;
    });
    // Observed here, so a load failure nobody awaits is not an unhandled rejection.
    this.whenReady.catch(() => undefined);
    this.timer = setTimeout(() => this.failLoad(`RDKit did not start within ${this.options.loadBudgetMs / 1000} s.`), this.options.loadBudgetMs);
    worker.on('message', (message: WorkerMessage) => {
      if (worker === this.worker) this.received(message);
    });
    worker.on('error', (err) => {
      if (worker !== this.worker) return;
      if (!this.ready) this.failLoad(`RDKit's worker failed to start: ${err.message.split('\n')[0]}`);
      else this.replaceWorker(`RDKit crashed on this structure (${err.message.split('\n')[0]}) and was restarted.`);
    });
    worker.on('exit', (code) => {
      if (worker !== this.worker) return;
      if (!this.ready) this.failLoad(`RDKit's worker stopped (exit code ${code}) before RDKit loaded.`);
      else this.replaceWorker(`RDKit's worker stopped (exit code ${code}) on this structure and was restarted.`);
    });
  }

  private received(message: WorkerMessage): void {
    switch (message.type) {
      case 'ready':
        clearTimeout(this.timer);
        this.ready = true;
        this.readyNow();
        this.pump();
        this.idleUnlessBusy();
        return;
      case 'loadFailed':
        this.failLoad(message.message);
        return;
      case 'answer':
      case 'crashed': {
        const running = this.running;
        if (!running || running.id !== message.id) return;
        if (message.type === 'crashed') {
          this.replaceWorker(`RDKit crashed on this structure (${message.message}) and was restarted.`);
          return;
        }
        clearTimeout(this.timer);
        this.running = undefined;
        running.settle({ status: 'answered', answer: message.answer });
        this.pump();
        this.idleUnlessBusy();
      }
    }
  }

  /** Fails the running job with `reason`, ends its worker, and lets a fresh one take the queue. */
  private replaceWorker(reason: string): void {
    const running = this.running;
    this.running = undefined;
    this.stopWorker();
    running?.settle({ status: 'failed', reason });
    this.pump();
  }

  /** RDKit cannot load: every waiting job and every later one rejects with this error. */
  private failLoad(message: string): void {
    this.loadFailure = new Error(message);
    this.notReady(this.loadFailure);
    this.stopWorker();
    const waiting = [...(this.running ? [this.running] : []), ...this.queue.splice(0)];
    this.running = undefined;
    for (const pending of waiting) pending.fail(this.loadFailure);
  }

  private stopWorker(): void {
    clearTimeout(this.timer);
    const worker = this.worker;
    this.worker = undefined;
    this.ready = false;
    void worker?.terminate();
  }

  /** An idle worker does not keep a script's process alive (tests, the bench, the CLI). */
  private idleUnlessBusy(): void {
    if (!this.running && this.queue.length === 0) this.worker?.unref();
  }
}
