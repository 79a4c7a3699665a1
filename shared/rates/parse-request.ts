import type { z } from 'zod';

/**
 * Validates an engine's request against its schema, throwing an Error whose one-line message names each
 * problem (`invalid apr request: rate: …`), which the CLI prints as it is.
 */
export function parseRequest<S extends z.ZodType>(schema: S, request: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(request);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'request'}: ${issue.message}`);
  throw new Error(`invalid ${what}: ${problems.join('; ')}`);
}
