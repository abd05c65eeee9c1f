// The RDKit worker thread (bundled as dist/chemWorker.js by esbuild.js; compiled beside
// src/chem/rdkit.ts for the tests). It loads RDKit once, then answers one job at a time. When
// RDKit throws it reports the crash and stops taking jobs: the host terminates it and starts a
// fresh one, because after a WASM trap the module's memory cannot be trusted.
import { parentPort, workerData } from 'node:worker_threads';
import { describeWith, drawingWith, errorText, inchiKeyWith, loadRdkit } from './rdkitCalls';
import type { RdkitModule } from './rdkitCalls';
import type { ChemAnswer, ChemJob, ChemWorkerData, JobMessage, WorkerMessage } from './workerProtocol';

function answer(rdkit: RdkitModule, job: ChemJob): ChemAnswer {
  switch (job.kind) {
    case 'describe':
      return describeWith(rdkit, job.smiles, job.style, job.draw);
    case 'drawing':
      return drawingWith(rdkit, job.smiles, job.style);
    case 'inchiKey':
      return inchiKeyWith(rdkit, job.smiles);
  }
}

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('chemWorker runs only as a worker thread');
  const post = (message: WorkerMessage): void => port.postMessage(message);
  let rdkit: RdkitModule;
  try {
    rdkit = await loadRdkit((workerData as ChemWorkerData).modulePath);
  } catch (err) {
    post({ type: 'loadFailed', message: errorText(err) });
    return;
  }
  let crashed = false;
  port.on('message', ({ id, job }: JobMessage) => {
    if (crashed) return;
    try {
      post({ type: 'answer', id, answer: answer(rdkit, job) });
    } catch (err) {
      crashed = true;
      post({ type: 'crashed', id, message: errorText(err) });
    }
  });
  post({ type: 'ready' });
}

void main();
