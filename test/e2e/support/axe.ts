// axe-core in the real host's browser. axe's source is evaluated in the frame through Playwright
// (the DevTools protocol), which the page's Content-Security-Policy does not govern, so a webview
// is audited under the CSP it ships with. Functions passed to frame.evaluate() run in the page and
// are self-contained (the e2e tests compile without the DOM library).
import axe from 'axe-core';
import type { Frame } from 'playwright-core';

/** The impacts that fail a scenario; moderate and minor ones are printed, not failed on. */
export const FAILING_IMPACTS: readonly string[] = ['serious', 'critical'];

export interface AxeFinding {
  readonly rule: string;
  readonly impact: string;
  readonly help: string;
  readonly helpUrl: string;
  /** One entry per failing node: its selector (shadow hosts joined with " >> ") and axe's summary. */
  readonly nodes: readonly { readonly target: string; readonly summary: string }[];
}

/**
 * What axe looks at: CSS selectors of the parts to include and of the parts inside them to leave
 * out, and rules not to run there (each with its reason at the call).
 */
export interface AxeScope {
  readonly include: readonly string[];
  readonly exclude?: readonly string[];
  readonly skipRules?: readonly string[];
}

interface AxeInPage {
  run(context: unknown, options: unknown): Promise<{
    violations: {
      id: string; impact?: string | null; help: string; helpUrl: string;
      nodes: { target: unknown[]; failureSummary?: string }[];
    }[];
  }>;
}

/**
 * Runs axe over the frame's document (or `scope` in it) and returns every violation. axe is put
 * in the frame once; a webview's frame keeps it across renders.
 */
export async function runAxe(frame: Frame, scope?: AxeScope): Promise<AxeFinding[]> {
  const present = await frame.evaluate(() => typeof (globalThis as { axe?: unknown }).axe === 'object');
  if (!present) await frame.evaluate(axe.source);
  return frame.evaluate(async (context) => {
    const inPage = (globalThis as unknown as { axe: AxeInPage }).axe;
    const target = context ? { include: context.include.map((s) => [s]), exclude: (context.exclude ?? []).map((s) => [s]) } : undefined;
    const rules = Object.fromEntries((context?.skipRules ?? []).map((id) => [id, { enabled: false }]));
    const results = await inPage.run(target ?? (globalThis as unknown as { document: unknown }).document, { resultTypes: ['violations'], rules });
    return results.violations.map((v) => ({
      rule: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target.map((t) => (Array.isArray(t) ? t.join(' >> ') : String(t))).join(' | '), summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').trim() })),
    }));
  }, scope);
}

/** The findings a scenario fails on. */
export function failing(findings: readonly AxeFinding[]): AxeFinding[] {
  return findings.filter((f) => FAILING_IMPACTS.includes(f.impact));
}

/** Rule id, impact, help and each node's target, one finding a paragraph, for an assertion message. */
export function describeFindings(findings: readonly AxeFinding[]): string {
  return findings.map((f) => [
    `${f.rule} (${f.impact}): ${f.help} — ${f.helpUrl}`,
    ...f.nodes.slice(0, 8).map((n) => `    ${n.target}\n      ${n.summary.slice(0, 300)}`),
    ...(f.nodes.length > 8 ? [`    … and ${f.nodes.length - 8} more`] : []),
  ].join('\n')).join('\n');
}

/** Counts by impact, for the log: "2 serious, 1 moderate". */
export function countByImpact(findings: readonly AxeFinding[]): string {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.impact, (counts.get(f.impact) ?? 0) + f.nodes.length);
  return [...counts].map(([impact, n]) => `${n} ${impact}`).join(', ') || 'none';
}
