/** Placeholder until the browser benchmark lands. */
export async function runBrowserBench(_emit: (name: string, value: number, unit?: string) => void, _median: (v: number[]) => number): Promise<void> {}
