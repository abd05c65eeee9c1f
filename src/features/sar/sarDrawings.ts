// Structure drawings for the SAR results table: SVG made by RDKit in its worker (the one the
// hovers use, src/chem/rdkit.ts), for the rows the webview shows, kept in an LRU keyed by ink and
// SMILES so scrolling back costs nothing. Free of `vscode`, so unit tests run it against the RDKit
// in node_modules.
import { DARK_DRAWING, LIGHT_DRAWING } from '../../chem/molecule';
import type { DrawStyle, DrawingResult } from '../../chem/molecule';
import { LruCache } from '../../chem/lru';
import type { SarDrawing, SarInk } from '../../protocol/sar';

/** The table's drawing size; the webview's row height leaves room for it. */
export const SAR_DRAWING_SIZE = { width: 120, height: 80 } as const;

const STYLES: Record<SarInk, DrawStyle> = {
  // The dark style's lighter heteroatom colours are the hover's: RDKit's suit white paper only.
  light: { ...LIGHT_DRAWING, ...SAR_DRAWING_SIZE, name: 'sar-light' },
  dark: { ...DARK_DRAWING, ...SAR_DRAWING_SIZE, name: 'sar-dark' },
};

/** Draws one structure: Chemistry.drawing, which sends it to RDKit's worker. */
export type DrawOne = (smiles: string, style: DrawStyle) => Promise<DrawingResult>;

export class SarDrawings {
  private readonly cache: LruCache<string, SarDrawing>;

  constructor(private readonly drawOne: DrawOne, capacity = 2_000) {
    this.cache = new LruCache(capacity);
  }

  /**
   * One answer per distinct SMILES asked for, in the order asked. A structure RDKit crashed or
   * stalled on gets its reason in place of a drawing; rejects only if RDKit cannot load.
   */
  async draw(smiles: readonly string[], ink: SarInk): Promise<SarDrawing[]> {
    const wanted = [...new Set(smiles)];
    return Promise.all(
      wanted.map(async (s) => {
        const key = `${ink}|${s}`;
        const hit = this.cache.get(key);
        if (hit) return hit;
        const result = await this.drawOne(s, STYLES[ink]);
        const drawing: SarDrawing = result.ok ? { smiles: s, svg: result.svg } : { smiles: s, problem: result.reason };
        this.cache.set(key, drawing);
        return drawing;
      }),
    );
  }

  get size(): number {
    return this.cache.size;
  }
}
