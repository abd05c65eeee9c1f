import type { z } from 'zod';

/** The first problem a client request schema finds, phrased for an input box; undefined when valid. */
export function schemaProblem(schema: z.ZodType, request: unknown, field: string): string | undefined {
  const result = schema.safeParse(request);
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  return issue ? `${issue.path.length > 0 ? String(issue.path.join('.')) : field} ${issue.message}` : `${field} is not valid`;
}
