import type { z } from 'astro/zod';

/**
 * Parses `data` with `schema` or throws an error that names the file and every bad field,
 * so a maintainer who mistyped a data file knows exactly where to look.
 */
export function parseDataFile<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const field = issue.path.length ? issue.path.map(String).join('.') : '(root)';
    return `  - ${field}: ${issue.message}`;
  });
  throw new Error(`${file} is invalid:\n${lines.join('\n')}`);
}
