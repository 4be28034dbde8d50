import { formatProblem, type Problem } from "../problem";

/** The first problems in full and how many more there are, so a long list stays readable. */
export function summariseProblems(problems: Problem[], max = 10): { shown: string[]; more: number } {
  return { shown: problems.slice(0, max).map(formatProblem), more: Math.max(0, problems.length - max) };
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
