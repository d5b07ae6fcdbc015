// Alternating rounds (timing.ts's `alternate`) sized to a time budget: one timed
// warm-up round says how long a round takes, then as many rounds as fit.
// Platform-neutral: the Chromium page runs it too.
import { alternate, type Contender } from "../timing.ts";

export interface Timed {
  /** Milliseconds per run, by contender name, warm-up excluded. */
  times: Map<string, number[]>;
  rounds: number;
}

export async function alternateWithin(contenders: readonly Contender[], budgetMs: number, limits = { min: 3, max: 30 }): Promise<Timed> {
  const warm = await alternate(contenders, { warmup: 0, rounds: 1 });
  const roundMs = [...warm.values()].reduce((sum, [t]) => sum + t!, 0);
  const rounds = Math.min(limits.max, Math.max(limits.min, Math.floor(budgetMs / roundMs)));
  return { times: await alternate(contenders, { warmup: 0, rounds }), rounds };
}
