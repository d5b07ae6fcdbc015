// Brace repair. A missing or an extra '}' puts every statement after it in the
// wrong block, and checking that tree as it stands would bury the one mistake
// under a message for each misplaced statement and another for each statement
// then "missing" from its block. When the braces are unbalanced, the first
// statement in the wrong block shows where the brace went astray: the
// statements from there on are moved back, and one diagnostic names the place.
import type { Statement } from "./ast.ts";
import { diagnostic, type Diagnostic } from "./diagnostics.ts";
import { contexts } from "./schema.ts";

/** Blocks left open at the end of the file, and '}'s that closed no block. */
export interface BraceBalance {
  unclosed: number;
  unopened: number;
}

const belongsIn = (context: string) => (s: Statement) => s.keyword.name in contexts[context]!;

/**
 * Stages missing their '}': the network's '}' closed the stage instead, and the
 * statements after it landed inside. The first network statement in a stage is
 * where the stage should have ended; it and the rest of the stage move out.
 * Only as many stages as there are open blocks are repaired: past that, a
 * network statement in a stage is the user's mistake, for the checker to report.
 */
function closeStages(net: Statement, budget: number, out: Diagnostic[]): number {
  const queue = [...(net.body ?? [])];
  let repairs = 0;
  for (let i = 0; i < queue.length && repairs < budget; i++) {
    const stage = queue[i]!;
    // A stage that swallowed the rest of the network is its last statement; one
    // followed by others closed, and a network statement in it was put there.
    const last = i === queue.length - 1;
    const at = last && stage.keyword.name === "stage" && stage.body ? stage.body.findIndex(belongsIn("network")) : -1;
    if (at < 0) continue;
    const first = stage.body![at]!;
    out.push(diagnostic(first.keyword.loc, `'${first.keyword.name}' is inside the stage opened on line ${stage.loc.line}; is that stage missing its '}'?`));
    // Queued next, so that a stage among them is repaired in turn.
    queue.splice(i + 1, 0, ...stage.body!.slice(at));
    queue[i] = { ...stage, body: stage.body!.slice(0, at) };
    repairs++;
  }
  net.body = queue;
  return repairs;
}

/** The network as messages name it: 'network tiny'. */
function networkName(net: Statement): string {
  const name = net.args[0]?.values[0];
  return name?.kind === "name" ? `'network ${name.value}'` : "the network";
}

/** An extra '}' closed the network early: the network statements that follow it at the top of the file go back. */
function reopenNetwork(top: Statement[], net: Statement): Diagnostic | undefined {
  const at = top.indexOf(net);
  const from = top.findIndex((s, i) => i > at && belongsIn("network")(s));
  if (from < 0 || !net.end) return undefined;
  const next = top.findIndex((s, i) => i > from && s.keyword.name === "network");
  const moved = top.splice(from, (next < 0 ? top.length : next) - from);
  net.body = [...(net.body ?? []), ...moved];
  return diagnostic(net.end, `this '}' closes ${networkName(net)}, but the '${moved[0]!.keyword.name}' on line ${moved[0]!.loc.line} belongs inside it; is the '}' one too many?`);
}

/**
 * Moves the blocks that follow a stage in the network into it, for the stages
 * that `astray` picks, at most `budget` of them, one per stray '}': past that, a
 * block after a stage is the user's mistake, for the checker to report.
 * `report` names each stage's mistake, given the first block moved.
 */
function gatherBlocks(net: Statement, budget: number, astray: (stage: Statement) => boolean, report: (stage: Statement, first: Statement) => Diagnostic): Diagnostic[] {
  const found: Diagnostic[] = [];
  const taken = new Set<Statement>();
  const body: Statement[] = [];
  for (const s of net.body ?? []) {
    const stage = body.at(-1);
    const takes = stage?.keyword.name === "stage" && belongsIn("stage")(s) && (taken.has(stage) || (taken.size < budget && astray(stage)));
    if (!takes) {
      body.push(s);
      continue;
    }
    if (!taken.has(stage)) {
      taken.add(stage);
      found.push(report(stage, s));
    }
    stage.body = [...(stage.body ?? []), s];
  }
  net.body = body;
  return found;
}

/** Extra '}'s that closed stages early: the blocks after such a stage go back into it. */
const reopenStages = (net: Statement, budget: number) =>
  gatherBlocks(
    net,
    budget,
    (stage) => !!(stage.body && stage.end),
    (stage, first) => diagnostic(stage.end!, `this '}' closes the stage opened on line ${stage.loc.line}, but the '${first.keyword.name}' on line ${first.loc.line} belongs inside it; is the '}' one too many?`),
  );

/** Stages missing their '{': their '}' closed the network early, and their blocks follow them in the network. */
const openStages = (net: Statement, budget: number) =>
  gatherBlocks(
    net,
    budget,
    (stage) => !stage.body,
    (stage, first) => diagnostic(stage.keyword.loc, `'stage' on line ${stage.loc.line} is missing its '{': the blocks from line ${first.loc.line} on belong inside it`),
  );

/**
 * A network missing its '{': the statements of its block follow it at the top
 * of the file, and its '}' closes nothing. They go into the network.
 */
function openNetwork(top: Statement[]): Diagnostic | undefined {
  const at = top.findIndex((s) => s.keyword.name === "network");
  const net = top[at];
  if (!net || net.body || !top[at + 1] || !belongsIn("network")(top[at + 1]!)) return undefined;
  const next = top.findIndex((s, i) => i > at && s.keyword.name === "network");
  const moved = top.splice(at + 1, (next < 0 ? top.length : next) - at - 1);
  net.body = moved;
  return diagnostic(net.keyword.loc, `${networkName(net)} is missing its '{': the statements from line ${moved[0]!.loc.line} on belong inside it`);
}

/**
 * Repairs the nesting of a parsed file in place. Returns how many open blocks
 * and stray '}'s the repairs explain, so that the parser's own reports of them
 * (at the end of the file, far from the mistake) can be dropped.
 */
export function repairNesting(top: Statement[], balance: BraceBalance, out: Diagnostic[]): { closed: number; reopened: number } {
  // A network missing its '{' first: its '}' is then a stray one, which that explains.
  const openedNetwork = balance.unopened ? openNetwork(top) : undefined;
  if (openedNetwork) out.push(openedNetwork);
  const unopened = balance.unopened - (openedNetwork ? 1 : 0);
  const net = top.find((s) => s.keyword.name === "network" && s.body);
  if (!net) return { closed: 0, reopened: 0 };
  const closed = balance.unclosed ? closeStages(net, balance.unclosed, out) : 0;
  if (!unopened) return { closed, reopened: openedNetwork ? 1 : 0 };
  // A stray '}' in a stage closes the stage early and then, with the stage's
  // own '}', the network: both are repaired, and only the stage's is reported.
  // A network that closed in its place has no stray '}' in its stages. A stage
  // missing its '{' closes the network early with its own '}' too.
  const early = reopenNetwork(top, net);
  const opened = early ? openStages(net, unopened) : [];
  const stages = early && !opened.length ? reopenStages(net, unopened) : [];
  const reported = opened.length ? opened : stages.length ? stages : early ? [early] : [];
  out.push(...reported);
  return { closed, reopened: reported.length + (openedNetwork ? 1 : 0) };
}
