// onnxruntime-web alone on both MixNets: correctness against the fixtures, then latency
// and GFLOP/s next to the machine's single-thread SIMD peak. Run: npx tsx bench/ort-only.ts
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadOrtWeb } from './peers/onnxruntime-web.ts';
import { measureSimdPeak } from './simd-peak.ts';
import { alternate, median, percentile } from './timing.ts';

const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));
const MODELS = ['mixnet_s', 'mixnet_m'];
const TOLERANCE = 1e-4;
const ROUNDS = 30;

// Copy into a fresh buffer: a Buffer's byteOffset need not be aligned for Float64Array.
const readBytes = (path: string) => new Uint8Array(readFileSync(path)).buffer;

function top5(logits: Float32Array): number[] {
  return [...logits.keys()].sort((a, b) => logits[b] - logits[a]).slice(0, 5);
}

const peak = measureSimdPeak();
const fma = peak.fma === null ? 'unsupported' : `${peak.fma.toFixed(1)} GFLOP/s`;
console.log(`SIMD peak, 1 thread: mul+add ${peak.mulAdd.toFixed(1)} GFLOP/s, relaxed FMA ${fma}`);

const cases = [];
for (const model of MODELS) {
  const dir = `${SHARED}fixtures/${model}/`;
  const meta = JSON.parse(readFileSync(`${dir}meta.json`, 'utf8'));
  const input = new Float32Array(readBytes(`${dir}input.bin`));
  const expected = new Float64Array(readBytes(`${dir}logits_f64.bin`));
  const peer = await loadOrtWeb(`${SHARED}onnx/${model}.onnx`);
  const logits = await peer.run(input);
  const maxDiff = Math.max(...expected.map((e, i) => Math.abs(e - logits[i])));
  const top = top5(logits);
  if (!(maxDiff <= TOLERANCE) || top.join() !== meta.top5.join()) {
    throw new Error(`${model}: max |diff| ${maxDiff}, top-5 ${top} vs expected ${meta.top5}`);
  }
  console.log(`${model}: max |logit - f64| = ${maxDiff.toExponential(2)}, top-5 ${top.join(' ')} ok`);
  cases.push({ model, peer, input, flops: 2 * meta.macs.macs_total });
}

// Interleaved, so that load from other tenants hits both models alike.
const times = await alternate(
  cases.map((c) => ({ name: c.model, run: () => c.peer.run(c.input) })),
  { warmup: 5, rounds: ROUNDS },
);

console.log(`\n${cases[0].peer.name}, ${ROUNDS} runs each (ms)`);
console.log('model        median     p10     p90   GFLOP/s  of mul+add peak');
for (const c of cases) {
  const ms = times.get(c.model)!;
  const gflops = c.flops / (median(ms) * 1e6);
  const cols = [median(ms), percentile(ms, 10), percentile(ms, 90)].map((v) => v.toFixed(1).padStart(7));
  console.log(`${c.model.padEnd(10)} ${cols.join(' ')}  ${gflops.toFixed(2).padStart(8)}  ${((100 * gflops) / peak.mulAdd).toFixed(1).padStart(14)}%`);
  await c.peer.dispose();
}
