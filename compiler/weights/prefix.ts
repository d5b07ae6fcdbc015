// A checkpoint saved from a wrapped model names every tensor under the
// wrapper: module. (DataParallel), _orig_mod. (torch.compile), model. (a
// training harness), or several at once. The prefix is found by trying each
// dotted prefix of the file's names against the network's parameter names, so
// it is stripped only where that makes the names match.

export interface Prefix {
  /** What every name starts with and loses; "" for none. */
  prefix: string;
  /** A prefix under which the file holds missing parameters but that some names lack, in words for an error; never stripped. */
  partial: string | null;
}

export function findPrefix(names: string[], params: ReadonlySet<string>): Prefix {
  const inFile = new Set(names);
  const direct = names.filter((n) => params.has(n)).length;
  const candidates = [...missingUnderPrefix(names, params, inFile)].sort((a, b) => b[1].length - a[1].length);
  const everyName = candidates.find(([prefix, found]) => found.length > direct && names.every((n) => n.startsWith(prefix)));
  if (everyName) return { prefix: everyName[0], partial: null };
  const some = candidates.find(([prefix]) => names.some((n) => !n.startsWith(prefix)));
  if (!some) return { prefix: "", partial: null };
  const [prefix, found] = some;
  const lacking = names.filter((n) => !n.startsWith(prefix));
  return {
    prefix: "",
    partial: `${found.length} missing parameter${found.length === 1 ? " is" : "s are"} in the file under the prefix '${prefix}' (such as ${found[0]}), but ${lacking.length} name${lacking.length === 1 ? " does" : "s do"} not start with it (such as ${lacking[0]}); mixc strips a prefix only when every name has it`,
  };
}

/** Each dotted prefix under which the file holds parameters missing by their own name, and the names that hold them. */
function missingUnderPrefix(names: string[], params: ReadonlySet<string>, inFile: ReadonlySet<string>): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const name of names) {
    for (let dot = name.indexOf("."); dot >= 0; dot = name.indexOf(".", dot + 1)) {
      const rest = name.slice(dot + 1);
      if (!params.has(rest) || inFile.has(rest)) continue;
      const prefix = name.slice(0, dot + 1);
      if (!found.has(prefix)) found.set(prefix, []);
      found.get(prefix)!.push(name);
    }
  }
  return found;
}
