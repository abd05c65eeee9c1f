// Drawings on the webview side: what has arrived for the current ink, what is being fetched, and
// batching of the rows the table shows into few requests (one per scroll pause, at most
// SAR_DRAWING_BATCH_MAX each). A theme change to the other ink starts over.
import * as l10n from '@vscode/l10n';
import type { SarDrawing, SarInk } from '../../src/protocol/sar';
import { SAR_DRAWING_BATCH_MAX, SAR_SMILES_MAX } from '../../src/protocol/sarLimits';
import type { DrawingState } from './columns';

/** Drawings kept in the page; the host keeps its own, larger cache. */
const KEEP = 3_000;

export type FetchDrawings = (smiles: string[], ink: SarInk) => Promise<SarDrawing[]>;

export class DrawingQueue {
  private readonly known = new Map<string, SarDrawing>();
  private readonly inFlight = new Set<string>();
  private readonly wanted = new Set<string>();
  private timer: unknown;

  constructor(
    private ink: SarInk,
    private readonly fetch: FetchDrawings,
    /** Called after drawings arrive (or fail), to redraw the structure cells. */
    private readonly arrived: () => void,
    private readonly later: (run: () => void) => unknown = (run) => setTimeout(run, 30),
  ) {}

  get(smiles: string): DrawingState {
    return this.known.get(smiles) ?? (this.inFlight.has(smiles) || this.wanted.has(smiles) ? 'pending' : undefined);
  }

  /** Asks for the drawings of these SMILES that are not known or on their way. */
  want(smiles: Iterable<string>): void {
    for (const s of smiles) {
      if (s === '' || this.known.has(s) || this.inFlight.has(s)) continue;
      if (s.length > SAR_SMILES_MAX) {
        this.remember({ smiles: s, problem: l10n.t('SMILES too long to draw.') });
        continue;
      }
      this.wanted.add(s);
    }
    if (this.wanted.size > 0 && this.timer === undefined) this.timer = this.later(() => void this.flush());
  }

  /** A theme change: drawings in the other ink are dropped and fetched again when shown. */
  setInk(ink: SarInk): boolean {
    if (ink === this.ink) return false;
    this.ink = ink;
    this.known.clear();
    this.wanted.clear();
    this.inFlight.clear();
    return true;
  }

  private async flush(): Promise<void> {
    this.timer = undefined;
    const ink = this.ink;
    while (this.wanted.size > 0) {
      const batch = [...this.wanted].slice(0, SAR_DRAWING_BATCH_MAX);
      for (const s of batch) {
        this.wanted.delete(s);
        this.inFlight.add(s);
      }
      let answers: SarDrawing[];
      try {
        answers = await this.fetch(batch, ink);
      } catch (err) {
        const problem = l10n.t('Drawings are unavailable: {0}', err instanceof Error ? err.message : String(err));
        answers = batch.map((smiles) => ({ smiles, problem }));
      }
      if (ink !== this.ink) return; // the theme changed meanwhile: these are in the wrong ink
      for (const s of batch) this.inFlight.delete(s);
      for (const answer of answers) if (batch.includes(answer.smiles)) this.remember(answer);
      this.arrived();
    }
  }

  private remember(drawing: SarDrawing): void {
    this.known.set(drawing.smiles, drawing);
    if (this.known.size > KEEP) {
      const oldest = this.known.keys().next();
      if (!oldest.done) this.known.delete(oldest.value);
    }
  }
}
