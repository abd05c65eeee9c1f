// Renaming or dropping a field of a response by dotted path, for the renameField / dropField
// faults: they let a test serve the shape a future API version (or a page's other spelling)
// might have. Paths are relative to the envelope's `data`. A segment that meets an array applies
// to every element ("items.drug_id" edits each item), unless it is an index ("items.0.drug_id").

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

/** The objects that hold the path's last segment. */
function holders(node: unknown, segments: readonly string[]): Record<string, unknown>[] {
  if (!isContainer(node)) return [];
  const [head, ...rest] = segments;
  if (head === undefined) return Array.isArray(node) ? node.flatMap((n) => holders(n, [])) : [node];
  if (Array.isArray(node)) {
    if (/^\d+$/.test(head)) return holders(node[Number(head)], rest);
    return node.flatMap((element) => holders(element, segments));
  }
  return holders(node[head], rest);
}

function split(path: string): { parent: string[]; last: string } | undefined {
  const segments = path.split('.').filter((s) => s.length > 0);
  const last = segments.pop();
  return last === undefined ? undefined : { parent: segments, last };
}

/** Renames `path`'s last segment to `to` (only the last segment of `to` counts) wherever it exists. */
export function renameField(root: unknown, path: string, to: string): void {
  const parsed = split(path);
  const newName = to.split('.').filter((s) => s.length > 0).pop();
  if (!parsed || !newName || newName === parsed.last) return;
  for (const holder of holders(root, parsed.parent)) {
    if (!Object.prototype.hasOwnProperty.call(holder, parsed.last)) continue;
    holder[newName] = holder[parsed.last];
    delete holder[parsed.last];
  }
}

export function dropField(root: unknown, path: string): void {
  const parsed = split(path);
  if (!parsed) return;
  for (const holder of holders(root, parsed.parent)) delete holder[parsed.last];
}
