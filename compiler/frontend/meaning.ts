// "Did you mean" by meaning: an attribute spelt out ('kernel', 'stride',
// 'out_channels') is matched against what each short attribute is, as the
// schema says it ('k': "kernel sizes"), since edit distance cannot get from
// 'kernel' to 'k'.
import type { ArgSpec } from "./schema.ts";

const words = (text: string) => text.toLowerCase().split(/[^a-z]+/).filter(Boolean);
const stem = (word: string) => word.replace(/s$/, "");

/** How well `name`'s words match the words of `what`: 2 for each word found as is, 1 for one found singular or plural. */
function score(name: string, what: string): number {
  const whatWords = words(what);
  let total = 0;
  for (const w of words(name)) {
    if (whatWords.includes(w)) total += 2;
    else if (whatWords.some((x) => stem(x) === stem(w))) total += 1;
  }
  return total;
}

/** The one attribute whose `what` matches `name` best; undefined when none matches or two match equally. */
export function meantByWhat(name: string, attrs: Record<string, ArgSpec>): string | undefined {
  const scored = Object.entries(attrs)
    .map(([key, spec]) => ({ key, score: score(name, spec.what) }))
    .sort((a, b) => b.score - a.score);
  const [best, next] = scored;
  if (!best || best.score === 0 || (next && next.score === best.score)) return undefined;
  return best.key;
}
