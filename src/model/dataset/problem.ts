/** One thing wrong with a dataset, located well enough for a person to fix it. */
export interface Problem {
  file: string;
  /** Record id (or `#n`, 1-based position, when it has no usable id). */
  record?: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return p.record ? `${p.file}: ${p.record}: ${p.message}` : `${p.file}: ${p.message}`;
}
