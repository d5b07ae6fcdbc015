// ---- stem_k3_s2_3x16x16_c8_relu (workgroup_size 64, 1, 1)
struct Params { x: u32, w: u32, y: u32 }
@group(0) @binding(0) var<storage, read> W: array<f32>;
@group(0) @binding(1) var<storage, read_write> A: array<f32>;
@group(0) @binding(2) var<uniform> P: Params;
fn w4(i: u32) -> vec4<f32> { return vec4<f32>(W[i], W[i + 1u], W[i + 2u], W[i + 3u]); }
fn a4(i: u32) -> vec4<f32> { return vec4<f32>(A[i], A[i + 1u], A[i + 2u], A[i + 3u]); }
fn store4(i: u32, v: vec4<f32>) { A[i] = v.x; A[i + 1u] = v.y; A[i + 2u] = v.z; A[i + 3u] = v.w; }
fn act(v: vec4<f32>) -> vec4<f32> { return max(v, vec4<f32>(0.0)); }
const WG = 64u;

@compute @workgroup_size(64, 1, 1)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let idx = gid.x + gid.y * nwg.x * WG;
  if (idx >= 128u) { return; }
  let c4 = idx % 2u;
  let pix = idx / 2u;
  let oy = pix / 8u;
  let ox = pix % 8u;
  let co = c4 * 4u;
  let wb = P.w + (co / 8u) * 224u + co % 8u;
  var acc = w4(wb);
  for (var ci = 0; ci < 3; ci++) {
    for (var ky = 0; ky < 3; ky++) {
      let iy = i32(oy * 2u) - 1 + ky;
      if (iy < 0 || iy >= 16) { continue; }
      for (var kx = 0; kx < 3; kx++) {
        let ix = i32(ox * 2u) - 1 + kx;
        if (ix < 0 || ix >= 16) { continue; }
        let t = u32((ci * 3 + ky) * 3 + kx);
        acc += A[P.x + (u32(ci) * 16u + u32(iy)) * 16u + u32(ix)] * w4(wb + 8u * (t + 1u));
      }
    }
  }
  store4(P.y + pix * 8u + co, act(acc));
}

// ---- mixconv_k3x2_s1_8x8_c8.8_relu (workgroup_size 64, 1, 1)
struct Params { x: u32, y: u32, w0: u32 }
@group(0) @binding(0) var<storage, read> W: array<f32>;
@group(0) @binding(1) var<storage, read_write> A: array<f32>;
@group(0) @binding(2) var<uniform> P: Params;
fn w4(i: u32) -> vec4<f32> { return vec4<f32>(W[i], W[i + 1u], W[i + 2u], W[i + 3u]); }
fn a4(i: u32) -> vec4<f32> { return vec4<f32>(A[i], A[i + 1u], A[i + 2u], A[i + 3u]); }
fn store4(i: u32, v: vec4<f32>) { A[i] = v.x; A[i + 1u] = v.y; A[i + 2u] = v.z; A[i + 3u] = v.w; }
fn act(v: vec4<f32>) -> vec4<f32> { return max(v, vec4<f32>(0.0)); }
const WG = 64u;

@compute @workgroup_size(64, 1, 1)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let idx = gid.x + gid.y * nwg.x * WG;
  if (idx >= 128u) { return; }
  let cb = idx % 2u;
  let pix = idx / 2u;
  let oy = pix / 8u;
  let ox = pix % 8u;
  let x = P.x;
  let y = P.y;
  var acc = vec4<f32>(0.0);
  
  if (cb < 2u) {
    let wb = P.w0 + (cb - 0u) * 40u;
    acc = w4(wb);
    for (var ky = 0; ky < 3; ky++) {
      let iy = i32(oy * 1u) - 1 + ky;
      if (iy < 0 || iy >= 8) { continue; }
      for (var kx = 0; kx < 3; kx++) {
        let ix = i32(ox * 1u) - 1 + kx;
        if (ix < 0 || ix >= 8) { continue; }
        acc += a4(x + (u32(iy) * 8u + u32(ix)) * 8u + cb * 4u) * w4(wb + 4u + u32(ky * 3 + kx) * 4u);
      }
    }
  }
  store4(y + pix * 8u + cb * 4u, act(acc));
}

// ---- pw_tiled64x64_vec4_none_res (workgroup_size 16, 16, 1)
struct Params { x: u32, xs: u32, w: u32, cin: u32, y: u32, ys: u32, r: u32, np: u32, nb: u32, g: u32, lead: u32 }
@group(0) @binding(0) var<storage, read> W: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read_write> A: array<vec4<f32>>;
@group(0) @binding(2) var<uniform> P: Params;
fn act(v: vec4<f32>) -> vec4<f32> { return v; }
const TM = 64u;
const TN = 64u;
const TK = 16u;
// xs_[pixel][q]: input channels 4q..4q+3 of the slice; ws_[k][q]: the slice's row k, output channels 4q..4q+3.
var<workgroup> xs_: array<array<vec4<f32>, 4>, 64>;
var<workgroup> ws_: array<array<vec4<f32>, 16>, 16>;

@compute @workgroup_size(16, 16, 1)
fn main(@builtin(workgroup_id) wg: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let x = P.x; let xs = P.xs; let w = P.w; let cin = P.cin;
  let y = P.y; let ys = P.ys; let r = P.r; let np = P.np; let nb = P.nb; let g = P.g; let lead = P.lead;
  let cout = nb * 8u;
  let span = lead + cin; // channels counted from the vec4 at x
  let block = (cin + 1u) * 2u; // vec4s per block of 8 outputs
  let pix0 = wg.y * TM;
  let co0 = wg.x * TN;
  // What this thread stages: the input vec4 (pixel sp, channels 4sq..) and the weight vec4 (row wk, outputs 4wq..).
  let sp = t / 4u; let sq = t % 4u;
  let wk = t / 16u; let wco = co0 + (t % 16u) * 4u;
  var acc: array<vec4<f32>, 4>;
  for (var k0 = 0u; k0 < span; k0 += TK) {
    let c = k0 + sq * 4u;
    var xv = vec4<f32>(0.0);
    if (c < span && pix0 + sp < np) {
      let lanes = vec4<u32>(c) + vec4<u32>(0u, 1u, 2u, 3u);
      let v = A[x + (pix0 + sp) * xs + c / 4u];
      xv = select(vec4<f32>(0.0), v, (lanes >= vec4<u32>(lead)) & (lanes < vec4<u32>(span)));
    }
    xs_[sp][sq] = xv;
    let ck = k0 + wk;
    var wv = vec4<f32>(0.0);
    if (ck >= lead && ck < span && wco < cout) { wv = W[w + (wco / 8u) * block + 2u + (ck - lead) * 2u + (wco % 8u) / 4u]; }
    ws_[wk][t % 16u] = wv;
    workgroupBarrier();
    for (var q = 0u; q < TK / 4u; q++) {
      let w0 = ws_[q * 4u][lid.x]; let w1 = ws_[q * 4u + 1u][lid.x];
      let w2 = ws_[q * 4u + 2u][lid.x]; let w3 = ws_[q * 4u + 3u][lid.x];
      for (var i = 0u; i < 4u; i++) {
        let v = xs_[lid.y * 4u + i][q];
        acc[i] += v.x * w0 + v.y * w1 + v.z * w2 + v.w * w3;
      }
    }
    workgroupBarrier();
  }
  let co = co0 + lid.x * 4u;
  if (co >= cout) { return; }
  let bias = W[w + (co / 8u) * block + (co % 8u) / 4u];
  for (var i = 0u; i < 4u; i++) {
    let pix = pix0 + lid.y * 4u + i;
    if (pix < np) {
      var v = act(acc[i] + bias);
      v += A[r + pix * ys + co / 4u];
      A[y + pix * ys + co / 4u] = v;
    }
  }
}

// ---- pw_tiled64x64_vec4_none_res, f16 variant (workgroup_size 16, 16, 1; run instead with --gpu-precision f16 where the adapter has shader-f16)
enable f16;
struct Params { x: u32, xs: u32, w: u32, cin: u32, y: u32, ys: u32, r: u32, np: u32, nb: u32, g: u32, lead: u32 }
@group(0) @binding(0) var<storage, read> W: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read_write> A: array<vec4<f32>>;
@group(0) @binding(2) var<uniform> P: Params;
fn act(v: vec4<f32>) -> vec4<f32> { return v; }
const TM = 64u;
const TN = 64u;
const TK = 16u;
// xs_[pixel][q]: input channels 4q..4q+3 of the slice; ws_[k][q]: the slice's row k, output channels 4q..4q+3.
var<workgroup> xs_: array<array<vec4<f16>, 4>, 64>;
var<workgroup> ws_: array<array<vec4<f16>, 16>, 16>;

@compute @workgroup_size(16, 16, 1)
fn main(@builtin(workgroup_id) wg: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let x = P.x; let xs = P.xs; let w = P.w; let cin = P.cin;
  let y = P.y; let ys = P.ys; let r = P.r; let np = P.np; let nb = P.nb; let g = P.g; let lead = P.lead;
  let cout = nb * 8u;
  let span = lead + cin; // channels counted from the vec4 at x
  let block = (cin + 1u) * 2u; // vec4s per block of 8 outputs
  let pix0 = wg.y * TM;
  let co0 = wg.x * TN;
  // What this thread stages: the input vec4 (pixel sp, channels 4sq..) and the weight vec4 (row wk, outputs 4wq..).
  let sp = t / 4u; let sq = t % 4u;
  let wk = t / 16u; let wco = co0 + (t % 16u) * 4u;
  var acc: array<vec4<f32>, 4>;
  for (var k0 = 0u; k0 < span; k0 += TK) {
    let c = k0 + sq * 4u;
    var xv = vec4<f32>(0.0);
    if (c < span && pix0 + sp < np) {
      let lanes = vec4<u32>(c) + vec4<u32>(0u, 1u, 2u, 3u);
      let v = A[x + (pix0 + sp) * xs + c / 4u];
      xv = select(vec4<f32>(0.0), v, (lanes >= vec4<u32>(lead)) & (lanes < vec4<u32>(span)));
    }
    xs_[sp][sq] = vec4<f16>(xv);
    let ck = k0 + wk;
    var wv = vec4<f32>(0.0);
    if (ck >= lead && ck < span && wco < cout) { wv = W[w + (wco / 8u) * block + 2u + (ck - lead) * 2u + (wco % 8u) / 4u]; }
    ws_[wk][t % 16u] = vec4<f16>(wv);
    workgroupBarrier();
    for (var q = 0u; q < TK / 4u; q++) {
      let w0 = ws_[q * 4u][lid.x]; let w1 = ws_[q * 4u + 1u][lid.x];
      let w2 = ws_[q * 4u + 2u][lid.x]; let w3 = ws_[q * 4u + 3u][lid.x];
      for (var i = 0u; i < 4u; i++) {
        let v = xs_[lid.y * 4u + i][q];
        acc[i] += vec4<f32>(v.x * w0 + v.y * w1 + v.z * w2 + v.w * w3);
      }
    }
    workgroupBarrier();
  }
  let co = co0 + lid.x * 4u;
  if (co >= cout) { return; }
  let bias = W[w + (co / 8u) * block + (co % 8u) / 4u];
  for (var i = 0u; i < 4u; i++) {
    let pix = pix0 + lid.y * 4u + i;
    if (pix < np) {
      var v = act(acc[i] + bias);
      v += A[r + pix * ys + co / 4u];
      A[y + pix * ys + co / 4u] = v;
    }
  }
}

// ---- pw_tiled64x64_vec4_swish (workgroup_size 16, 16, 1)
struct Params { x: u32, xs: u32, w: u32, cin: u32, y: u32, ys: u32, r: u32, np: u32, nb: u32, g: u32, lead: u32 }
@group(0) @binding(0) var<storage, read> W: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read_write> A: array<vec4<f32>>;
@group(0) @binding(2) var<uniform> P: Params;
fn act(v: vec4<f32>) -> vec4<f32> { return v / (vec4<f32>(1.0) + exp(min(-v, vec4<f32>(80.0)))); }
const TM = 64u;
const TN = 64u;
const TK = 16u;
// xs_[pixel][q]: input channels 4q..4q+3 of the slice; ws_[k][q]: the slice's row k, output channels 4q..4q+3.
var<workgroup> xs_: array<array<vec4<f32>, 4>, 64>;
var<workgroup> ws_: array<array<vec4<f32>, 16>, 16>;

@compute @workgroup_size(16, 16, 1)
fn main(@builtin(workgroup_id) wg: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let x = P.x; let xs = P.xs; let w = P.w; let cin = P.cin;
  let y = P.y; let ys = P.ys; let r = P.r; let np = P.np; let nb = P.nb; let g = P.g; let lead = P.lead;
  let cout = nb * 8u;
  let span = lead + cin; // channels counted from the vec4 at x
  let block = (cin + 1u) * 2u; // vec4s per block of 8 outputs
  let pix0 = wg.y * TM;
  let co0 = wg.x * TN;
  // What this thread stages: the input vec4 (pixel sp, channels 4sq..) and the weight vec4 (row wk, outputs 4wq..).
  let sp = t / 4u; let sq = t % 4u;
  let wk = t / 16u; let wco = co0 + (t % 16u) * 4u;
  var acc: array<vec4<f32>, 4>;
  for (var k0 = 0u; k0 < span; k0 += TK) {
    let c = k0 + sq * 4u;
    var xv = vec4<f32>(0.0);
    if (c < span && pix0 + sp < np) {
      let lanes = vec4<u32>(c) + vec4<u32>(0u, 1u, 2u, 3u);
      let v = A[x + (pix0 + sp) * xs + c / 4u];
      xv = select(vec4<f32>(0.0), v, (lanes >= vec4<u32>(lead)) & (lanes < vec4<u32>(span)));
    }
    xs_[sp][sq] = xv;
    let ck = k0 + wk;
    var wv = vec4<f32>(0.0);
    if (ck >= lead && ck < span && wco < cout) { wv = W[w + (wco / 8u) * block + 2u + (ck - lead) * 2u + (wco % 8u) / 4u]; }
    ws_[wk][t % 16u] = wv;
    workgroupBarrier();
    for (var q = 0u; q < TK / 4u; q++) {
      let w0 = ws_[q * 4u][lid.x]; let w1 = ws_[q * 4u + 1u][lid.x];
      let w2 = ws_[q * 4u + 2u][lid.x]; let w3 = ws_[q * 4u + 3u][lid.x];
      for (var i = 0u; i < 4u; i++) {
        let v = xs_[lid.y * 4u + i][q];
        acc[i] += v.x * w0 + v.y * w1 + v.z * w2 + v.w * w3;
      }
    }
    workgroupBarrier();
  }
  let co = co0 + lid.x * 4u;
  if (co >= cout) { return; }
  let bias = W[w + (co / 8u) * block + (co % 8u) / 4u];
  for (var i = 0u; i < 4u; i++) {
    let pix = pix0 + lid.y * 4u + i;
    if (pix < np) {
      var v = act(acc[i] + bias);
      
      A[y + pix * ys + co / 4u] = v;
    }
  }
}

// ---- pw_tiled64x64_vec4_swish, f16 variant (workgroup_size 16, 16, 1; run instead with --gpu-precision f16 where the adapter has shader-f16)
enable f16;
struct Params { x: u32, xs: u32, w: u32, cin: u32, y: u32, ys: u32, r: u32, np: u32, nb: u32, g: u32, lead: u32 }
@group(0) @binding(0) var<storage, read> W: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read_write> A: array<vec4<f32>>;
@group(0) @binding(2) var<uniform> P: Params;
fn act(v: vec4<f32>) -> vec4<f32> { return v / (vec4<f32>(1.0) + exp(min(-v, vec4<f32>(80.0)))); }
const TM = 64u;
const TN = 64u;
const TK = 16u;
// xs_[pixel][q]: input channels 4q..4q+3 of the slice; ws_[k][q]: the slice's row k, output channels 4q..4q+3.
var<workgroup> xs_: array<array<vec4<f16>, 4>, 64>;
var<workgroup> ws_: array<array<vec4<f16>, 16>, 16>;

@compute @workgroup_size(16, 16, 1)
fn main(@builtin(workgroup_id) wg: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let x = P.x; let xs = P.xs; let w = P.w; let cin = P.cin;
  let y = P.y; let ys = P.ys; let r = P.r; let np = P.np; let nb = P.nb; let g = P.g; let lead = P.lead;
  let cout = nb * 8u;
  let span = lead + cin; // channels counted from the vec4 at x
  let block = (cin + 1u) * 2u; // vec4s per block of 8 outputs
  let pix0 = wg.y * TM;
  let co0 = wg.x * TN;
  // What this thread stages: the input vec4 (pixel sp, channels 4sq..) and the weight vec4 (row wk, outputs 4wq..).
  let sp = t / 4u; let sq = t % 4u;
  let wk = t / 16u; let wco = co0 + (t % 16u) * 4u;
  var acc: array<vec4<f32>, 4>;
  for (var k0 = 0u; k0 < span; k0 += TK) {
    let c = k0 + sq * 4u;
    var xv = vec4<f32>(0.0);
    if (c < span && pix0 + sp < np) {
      let lanes = vec4<u32>(c) + vec4<u32>(0u, 1u, 2u, 3u);
      let v = A[x + (pix0 + sp) * xs + c / 4u];
      xv = select(vec4<f32>(0.0), v, (lanes >= vec4<u32>(lead)) & (lanes < vec4<u32>(span)));
    }
    xs_[sp][sq] = vec4<f16>(xv);
    let ck = k0 + wk;
    var wv = vec4<f32>(0.0);
    if (ck >= lead && ck < span && wco < cout) { wv = W[w + (wco / 8u) * block + 2u + (ck - lead) * 2u + (wco % 8u) / 4u]; }
    ws_[wk][t % 16u] = vec4<f16>(wv);
    workgroupBarrier();
    for (var q = 0u; q < TK / 4u; q++) {
      let w0 = ws_[q * 4u][lid.x]; let w1 = ws_[q * 4u + 1u][lid.x];
      let w2 = ws_[q * 4u + 2u][lid.x]; let w3 = ws_[q * 4u + 3u][lid.x];
      for (var i = 0u; i < 4u; i++) {
        let v = xs_[lid.y * 4u + i][q];
        acc[i] += vec4<f32>(v.x * w0 + v.y * w1 + v.z * w2 + v.w * w3);
      }
    }
    workgroupBarrier();
  }
  let co = co0 + lid.x * 4u;
  if (co >= cout) { return; }
  let bias = W[w + (co / 8u) * block + (co % 8u) / 4u];
  for (var i = 0u; i < 4u; i++) {
    let pix = pix0 + lid.y * 4u + i;
    if (pix < np) {
      var v = act(acc[i] + bias);
      
      A[y + pix * ys + co / 4u] = v;
    }
  }
}

// ---- mixconv_k3x3_k5x3_s2_8x8_c24.24_swish (workgroup_size 64, 1, 1)
struct Params { x: u32, y: u32, w0: u32, w1: u32 }
@group(0) @binding(0) var<storage, read> W: array<f32>;
@group(0) @binding(1) var<storage, read_write> A: array<f32>;
@group(0) @binding(2) var<uniform> P: Params;
fn w4(i: u32) -> vec4<f32> { return vec4<f32>(W[i], W[i + 1u], W[i + 2u], W[i + 3u]); }
fn a4(i: u32) -> vec4<f32> { return vec4<f32>(A[i], A[i + 1u], A[i + 2u], A[i + 3u]); }
fn store4(i: u32, v: vec4<f32>) { A[i] = v.x; A[i + 1u] = v.y; A[i + 2u] = v.z; A[i + 3u] = v.w; }
fn act(v: vec4<f32>) -> vec4<f32> { return v / (vec4<f32>(1.0) + exp(min(-v, vec4<f32>(80.0)))); }
const WG = 64u;

@compute @workgroup_size(64, 1, 1)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let idx = gid.x + gid.y * nwg.x * WG;
  if (idx >= 96u) { return; }
  let cb = idx % 6u;
  let pix = idx / 6u;
  let oy = pix / 4u;
  let ox = pix % 4u;
  let x = P.x;
  let y = P.y;
  var acc = vec4<f32>(0.0);
  
  if (cb < 3u) {
    let wb = P.w0 + (cb - 0u) * 40u;
    acc = w4(wb);
    for (var ky = 0; ky < 3; ky++) {
      let iy = i32(oy * 2u) - 1 + ky;
      if (iy < 0 || iy >= 8) { continue; }
      for (var kx = 0; kx < 3; kx++) {
        let ix = i32(ox * 2u) - 1 + kx;
        if (ix < 0 || ix >= 8) { continue; }
        acc += a4(x + (u32(iy) * 8u + u32(ix)) * 24u + cb * 4u) * w4(wb + 4u + u32(ky * 3 + kx) * 4u);
      }
    }
  }
  else if (cb < 6u) {
    let wb = P.w1 + (cb - 3u) * 104u;
    acc = w4(wb);
    for (var ky = 0; ky < 5; ky++) {
      let iy = i32(oy * 2u) - 2 + ky;
      if (iy < 0 || iy >= 8) { continue; }
      for (var kx = 0; kx < 5; kx++) {
        let ix = i32(ox * 2u) - 2 + kx;
        if (ix < 0 || ix >= 8) { continue; }
        acc += a4(x + (u32(iy) * 8u + u32(ix)) * 24u + cb * 4u) * w4(wb + 4u + u32(ky * 5 + kx) * 4u);
      }
    }
  }
  store4(y + pix * 24u + cb * 4u, act(acc));
}

// ---- se_reduce_16_c24_r2_swish (workgroup_size 64, 1, 1)
struct Params { x: u32, w: u32, gate: u32 }
@group(0) @binding(0) var<storage, read> W: array<f32>;
@group(0) @binding(1) var<storage, read_write> A: array<f32>;
@group(0) @binding(2) var<uniform> P: Params;
fn w4(i: u32) -> vec4<f32> { return vec4<f32>(W[i], W[i + 1u], W[i + 2u], W[i + 3u]); }
fn a4(i: u32) -> vec4<f32> { return vec4<f32>(A[i], A[i + 1u], A[i + 2u], A[i + 3u]); }
fn store4(i: u32, v: vec4<f32>) { A[i] = v.x; A[i + 1u] = v.y; A[i + 2u] = v.z; A[i + 3u] = v.w; }
fn act(v: vec4<f32>) -> vec4<f32> { return v / (vec4<f32>(1.0) + exp(min(-v, vec4<f32>(80.0)))); }
fn gate(v: vec4<f32>) -> vec4<f32> { return vec4<f32>(1.0) / (vec4<f32>(1.0) + exp(min(-v, vec4<f32>(80.0)))); }
const LANES = 4u;
var<workgroup> partial: array<array<f32, 16>, 4>;
var<workgroup> pooled: array<f32, 24>;
var<workgroup> hidden: array<f32, 2>;

@compute @workgroup_size(64, 1, 1)
fn main(@builtin(local_invocation_id) lid: vec3<u32>) {
  let x = P.x;
  let w = P.w;
  
  for (var c0 = 0u; c0 < 24u; c0 += 16u) {
    let c = c0 + lid.x % 16u;
    let lane = lid.x / 16u;
    var s = 0.0;
    if (c < 24u) {
      for (var q = lane; q < 16u; q += LANES) { s += A[x + q * 24u + c]; }
    }
    partial[lane][lid.x % 16u] = s;
    workgroupBarrier();
    for (var half = LANES / 2u; half > 0u; half /= 2u) {
      if (lane < half) { partial[lane][lid.x % 16u] += partial[lane + half][lid.x % 16u]; }
      workgroupBarrier();
    }
    if (lane == 0u && c < 24u) { pooled[c] = partial[0][lid.x % 16u] / 16.0; }
    workgroupBarrier();
  }
  for (var o = lid.x; o < 2u; o += 64u) {
    var s = W[w + 48u + o];
    for (var i = 0u; i < 24u; i++) { s += W[w + o * 24u + i] * pooled[i]; }
    hidden[o] = act(vec4<f32>(s)).x;
  }
  workgroupBarrier();
  for (var i = lid.x; i < 24u; i += 64u) {
    var s = W[w + 98u + i];
    for (var o = 0u; o < 2u; o++) { s += hidden[o] * W[w + 50u + o * 24u + i]; }
    A[P.gate + i] = gate(vec4<f32>(s)).x;
  }
}

// ---- pw_tiled64x64_vec4_none_gate (workgroup_size 16, 16, 1)
struct Params { x: u32, xs: u32, w: u32, cin: u32, y: u32, ys: u32, r: u32, np: u32, nb: u32, g: u32, lead: u32 }
@group(0) @binding(0) var<storage, read> W: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read_write> A: array<vec4<f32>>;
@group(0) @binding(2) var<uniform> P: Params;
fn act(v: vec4<f32>) -> vec4<f32> { return v; }
const TM = 64u;
const TN = 64u;
const TK = 16u;
// xs_[pixel][q]: input channels 4q..4q+3 of the slice; ws_[k][q]: the slice's row k, output channels 4q..4q+3.
var<workgroup> xs_: array<array<vec4<f32>, 4>, 64>;
var<workgroup> ws_: array<array<vec4<f32>, 16>, 16>;

@compute @workgroup_size(16, 16, 1)
fn main(@builtin(workgroup_id) wg: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let x = P.x; let xs = P.xs; let w = P.w; let cin = P.cin;
  let y = P.y; let ys = P.ys; let r = P.r; let np = P.np; let nb = P.nb; let g = P.g; let lead = P.lead;
  let cout = nb * 8u;
  let span = lead + cin; // channels counted from the vec4 at x
  let block = (cin + 1u) * 2u; // vec4s per block of 8 outputs
  let pix0 = wg.y * TM;
  let co0 = wg.x * TN;
  // What this thread stages: the input vec4 (pixel sp, channels 4sq..) and the weight vec4 (row wk, outputs 4wq..).
  let sp = t / 4u; let sq = t % 4u;
  let wk = t / 16u; let wco = co0 + (t % 16u) * 4u;
  var acc: array<vec4<f32>, 4>;
  for (var k0 = 0u; k0 < span; k0 += TK) {
    let c = k0 + sq * 4u;
    var xv = vec4<f32>(0.0);
    if (c < span && pix0 + sp < np) {
      let lanes = vec4<u32>(c) + vec4<u32>(0u, 1u, 2u, 3u);
      let v = A[x + (pix0 + sp) * xs + c / 4u] * A[g + c / 4u];
      xv = select(vec4<f32>(0.0), v, (lanes >= vec4<u32>(lead)) & (lanes < vec4<u32>(span)));
    }
    xs_[sp][sq] = xv;
    let ck = k0 + wk;
    var wv = vec4<f32>(0.0);
    if (ck >= lead && ck < span && wco < cout) { wv = W[w + (wco / 8u) * block + 2u + (ck - lead) * 2u + (wco % 8u) / 4u]; }
    ws_[wk][t % 16u] = wv;
    workgroupBarrier();
    for (var q = 0u; q < TK / 4u; q++) {
      let w0 = ws_[q * 4u][lid.x]; let w1 = ws_[q * 4u + 1u][lid.x];
      let w2 = ws_[q * 4u + 2u][lid.x]; let w3 = ws_[q * 4u + 3u][lid.x];
      for (var i = 0u; i < 4u; i++) {
        let v = xs_[lid.y * 4u + i][q];
        acc[i] += v.x * w0 + v.y * w1 + v.z * w2 + v.w * w3;
      }
    }
    workgroupBarrier();
  }
  let co = co0 + lid.x * 4u;
  if (co >= cout) { return; }
  let bias = W[w + (co / 8u) * block + (co % 8u) / 4u];
  for (var i = 0u; i < 4u; i++) {
    let pix = pix0 + lid.y * 4u + i;
    if (pix < np) {
      var v = act(acc[i] + bias);
      
      A[y + pix * ys + co / 4u] = v;
    }
  }
}

// ---- pw_tiled64x64_vec4_none_gate, f16 variant (workgroup_size 16, 16, 1; run instead with --gpu-precision f16 where the adapter has shader-f16)
enable f16;
struct Params { x: u32, xs: u32, w: u32, cin: u32, y: u32, ys: u32, r: u32, np: u32, nb: u32, g: u32, lead: u32 }
@group(0) @binding(0) var<storage, read> W: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read_write> A: array<vec4<f32>>;
@group(0) @binding(2) var<uniform> P: Params;
fn act(v: vec4<f32>) -> vec4<f32> { return v; }
const TM = 64u;
const TN = 64u;
const TK = 16u;
// xs_[pixel][q]: input channels 4q..4q+3 of the slice; ws_[k][q]: the slice's row k, output channels 4q..4q+3.
var<workgroup> xs_: array<array<vec4<f16>, 4>, 64>;
var<workgroup> ws_: array<array<vec4<f16>, 16>, 16>;

@compute @workgroup_size(16, 16, 1)
fn main(@builtin(workgroup_id) wg: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let x = P.x; let xs = P.xs; let w = P.w; let cin = P.cin;
  let y = P.y; let ys = P.ys; let r = P.r; let np = P.np; let nb = P.nb; let g = P.g; let lead = P.lead;
  let cout = nb * 8u;
  let span = lead + cin; // channels counted from the vec4 at x
  let block = (cin + 1u) * 2u; // vec4s per block of 8 outputs
  let pix0 = wg.y * TM;
  let co0 = wg.x * TN;
  // What this thread stages: the input vec4 (pixel sp, channels 4sq..) and the weight vec4 (row wk, outputs 4wq..).
  let sp = t / 4u; let sq = t % 4u;
  let wk = t / 16u; let wco = co0 + (t % 16u) * 4u;
  var acc: array<vec4<f32>, 4>;
  for (var k0 = 0u; k0 < span; k0 += TK) {
    let c = k0 + sq * 4u;
    var xv = vec4<f32>(0.0);
    if (c < span && pix0 + sp < np) {
      let lanes = vec4<u32>(c) + vec4<u32>(0u, 1u, 2u, 3u);
      let v = A[x + (pix0 + sp) * xs + c / 4u] * A[g + c / 4u];
      xv = select(vec4<f32>(0.0), v, (lanes >= vec4<u32>(lead)) & (lanes < vec4<u32>(span)));
    }
    xs_[sp][sq] = vec4<f16>(xv);
    let ck = k0 + wk;
    var wv = vec4<f32>(0.0);
    if (ck >= lead && ck < span && wco < cout) { wv = W[w + (wco / 8u) * block + 2u + (ck - lead) * 2u + (wco % 8u) / 4u]; }
    ws_[wk][t % 16u] = vec4<f16>(wv);
    workgroupBarrier();
    for (var q = 0u; q < TK / 4u; q++) {
      let w0 = ws_[q * 4u][lid.x]; let w1 = ws_[q * 4u + 1u][lid.x];
      let w2 = ws_[q * 4u + 2u][lid.x]; let w3 = ws_[q * 4u + 3u][lid.x];
      for (var i = 0u; i < 4u; i++) {
        let v = xs_[lid.y * 4u + i][q];
        acc[i] += vec4<f32>(v.x * w0 + v.y * w1 + v.z * w2 + v.w * w3);
      }
    }
    workgroupBarrier();
  }
  let co = co0 + lid.x * 4u;
  if (co >= cout) { return; }
  let bias = W[w + (co / 8u) * block + (co % 8u) / 4u];
  for (var i = 0u; i < 4u; i++) {
    let pix = pix0 + lid.y * 4u + i;
    if (pix < np) {
      var v = act(acc[i] + bias);
      
      A[y + pix * ys + co / 4u] = v;
    }
  }
}

// ---- mixconv_k3x6_k5x6_s1_4x4_c48.48_swish (workgroup_size 64, 1, 1)
struct Params { x: u32, y: u32, w0: u32, w1: u32 }
@group(0) @binding(0) var<storage, read> W: array<f32>;
@group(0) @binding(1) var<storage, read_write> A: array<f32>;
@group(0) @binding(2) var<uniform> P: Params;
fn w4(i: u32) -> vec4<f32> { return vec4<f32>(W[i], W[i + 1u], W[i + 2u], W[i + 3u]); }
fn a4(i: u32) -> vec4<f32> { return vec4<f32>(A[i], A[i + 1u], A[i + 2u], A[i + 3u]); }
fn store4(i: u32, v: vec4<f32>) { A[i] = v.x; A[i + 1u] = v.y; A[i + 2u] = v.z; A[i + 3u] = v.w; }
fn act(v: vec4<f32>) -> vec4<f32> { return v / (vec4<f32>(1.0) + exp(min(-v, vec4<f32>(80.0)))); }
const WG = 64u;

@compute @workgroup_size(64, 1, 1)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>) {
  let idx = gid.x + gid.y * nwg.x * WG;
  if (idx >= 192u) { return; }
  let cb = idx % 12u;
  let pix = idx / 12u;
  let oy = pix / 4u;
  let ox = pix % 4u;
  let x = P.x;
  let y = P.y;
  var acc = vec4<f32>(0.0);
  
  if (cb < 6u) {
    let wb = P.w0 + (cb - 0u) * 40u;
    acc = w4(wb);
    for (var ky = 0; ky < 3; ky++) {
      let iy = i32(oy * 1u) - 1 + ky;
      if (iy < 0 || iy >= 4) { continue; }
      for (var kx = 0; kx < 3; kx++) {
        let ix = i32(ox * 1u) - 1 + kx;
        if (ix < 0 || ix >= 4) { continue; }
        acc += a4(x + (u32(iy) * 4u + u32(ix)) * 48u + cb * 4u) * w4(wb + 4u + u32(ky * 3 + kx) * 4u);
      }
    }
  }
  else if (cb < 12u) {
    let wb = P.w1 + (cb - 6u) * 104u;
    acc = w4(wb);
    for (var ky = 0; ky < 5; ky++) {
      let iy = i32(oy * 1u) - 2 + ky;
      if (iy < 0 || iy >= 4) { continue; }
      for (var kx = 0; kx < 5; kx++) {
        let ix = i32(ox * 1u) - 2 + kx;
        if (ix < 0 || ix >= 4) { continue; }
        acc += a4(x + (u32(iy) * 4u + u32(ix)) * 48u + cb * 4u) * w4(wb + 4u + u32(ky * 5 + kx) * 4u);
      }
    }
  }
  store4(y + pix * 48u + cb * 4u, act(acc));
}

// ---- se_reduce_16_c48_r4_swish (workgroup_size 64, 1, 1)
struct Params { x: u32, w: u32, gate: u32 }
@group(0) @binding(0) var<storage, read> W: array<f32>;
@group(0) @binding(1) var<storage, read_write> A: array<f32>;
@group(0) @binding(2) var<uniform> P: Params;
fn w4(i: u32) -> vec4<f32> { return vec4<f32>(W[i], W[i + 1u], W[i + 2u], W[i + 3u]); }
fn a4(i: u32) -> vec4<f32> { return vec4<f32>(A[i], A[i + 1u], A[i + 2u], A[i + 3u]); }
fn store4(i: u32, v: vec4<f32>) { A[i] = v.x; A[i + 1u] = v.y; A[i + 2u] = v.z; A[i + 3u] = v.w; }
fn act(v: vec4<f32>) -> vec4<f32> { return v / (vec4<f32>(1.0) + exp(min(-v, vec4<f32>(80.0)))); }
fn gate(v: vec4<f32>) -> vec4<f32> { return vec4<f32>(1.0) / (vec4<f32>(1.0) + exp(min(-v, vec4<f32>(80.0)))); }
const LANES = 4u;
var<workgroup> partial: array<array<f32, 16>, 4>;
var<workgroup> pooled: array<f32, 48>;
var<workgroup> hidden: array<f32, 4>;

@compute @workgroup_size(64, 1, 1)
fn main(@builtin(local_invocation_id) lid: vec3<u32>) {
  let x = P.x;
  let w = P.w;
  
  for (var c0 = 0u; c0 < 48u; c0 += 16u) {
    let c = c0 + lid.x % 16u;
    let lane = lid.x / 16u;
    var s = 0.0;
    if (c < 48u) {
      for (var q = lane; q < 16u; q += LANES) { s += A[x + q * 48u + c]; }
    }
    partial[lane][lid.x % 16u] = s;
    workgroupBarrier();
    for (var half = LANES / 2u; half > 0u; half /= 2u) {
      if (lane < half) { partial[lane][lid.x % 16u] += partial[lane + half][lid.x % 16u]; }
      workgroupBarrier();
    }
    if (lane == 0u && c < 48u) { pooled[c] = partial[0][lid.x % 16u] / 16.0; }
    workgroupBarrier();
  }
  for (var o = lid.x; o < 4u; o += 64u) {
    var s = W[w + 192u + o];
    for (var i = 0u; i < 48u; i++) { s += W[w + o * 48u + i] * pooled[i]; }
    hidden[o] = act(vec4<f32>(s)).x;
  }
  workgroupBarrier();
  for (var i = lid.x; i < 48u; i += 64u) {
    var s = W[w + 388u + i];
    for (var o = 0u; o < 4u; o++) { s += hidden[o] * W[w + 196u + o * 48u + i]; }
    A[P.gate + i] = gate(vec4<f32>(s)).x;
  }
}

// ---- pw_tiled64x64_vec4_none_res_gate (workgroup_size 16, 16, 1)
struct Params { x: u32, xs: u32, w: u32, cin: u32, y: u32, ys: u32, r: u32, np: u32, nb: u32, g: u32, lead: u32 }
@group(0) @binding(0) var<storage, read> W: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read_write> A: array<vec4<f32>>;
@group(0) @binding(2) var<uniform> P: Params;
fn act(v: vec4<f32>) -> vec4<f32> { return v; }
const TM = 64u;
const TN = 64u;
const TK = 16u;
// xs_[pixel][q]: input channels 4q..4q+3 of the slice; ws_[k][q]: the slice's row k, output channels 4q..4q+3.
var<workgroup> xs_: array<array<vec4<f32>, 4>, 64>;
var<workgroup> ws_: array<array<vec4<f32>, 16>, 16>;

@compute @workgroup_size(16, 16, 1)
fn main(@builtin(workgroup_id) wg: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let x = P.x; let xs = P.xs; let w = P.w; let cin = P.cin;
  let y = P.y; let ys = P.ys; let r = P.r; let np = P.np; let nb = P.nb; let g = P.g; let lead = P.lead;
  let cout = nb * 8u;
  let span = lead + cin; // channels counted from the vec4 at x
  let block = (cin + 1u) * 2u; // vec4s per block of 8 outputs
  let pix0 = wg.y * TM;
  let co0 = wg.x * TN;
  // What this thread stages: the input vec4 (pixel sp, channels 4sq..) and the weight vec4 (row wk, outputs 4wq..).
  let sp = t / 4u; let sq = t % 4u;
  let wk = t / 16u; let wco = co0 + (t % 16u) * 4u;
  var acc: array<vec4<f32>, 4>;
  for (var k0 = 0u; k0 < span; k0 += TK) {
    let c = k0 + sq * 4u;
    var xv = vec4<f32>(0.0);
    if (c < span && pix0 + sp < np) {
      let lanes = vec4<u32>(c) + vec4<u32>(0u, 1u, 2u, 3u);
      let v = A[x + (pix0 + sp) * xs + c / 4u] * A[g + c / 4u];
      xv = select(vec4<f32>(0.0), v, (lanes >= vec4<u32>(lead)) & (lanes < vec4<u32>(span)));
    }
    xs_[sp][sq] = xv;
    let ck = k0 + wk;
    var wv = vec4<f32>(0.0);
    if (ck >= lead && ck < span && wco < cout) { wv = W[w + (wco / 8u) * block + 2u + (ck - lead) * 2u + (wco % 8u) / 4u]; }
    ws_[wk][t % 16u] = wv;
    workgroupBarrier();
    for (var q = 0u; q < TK / 4u; q++) {
      let w0 = ws_[q * 4u][lid.x]; let w1 = ws_[q * 4u + 1u][lid.x];
      let w2 = ws_[q * 4u + 2u][lid.x]; let w3 = ws_[q * 4u + 3u][lid.x];
      for (var i = 0u; i < 4u; i++) {
        let v = xs_[lid.y * 4u + i][q];
        acc[i] += v.x * w0 + v.y * w1 + v.z * w2 + v.w * w3;
      }
    }
    workgroupBarrier();
  }
  let co = co0 + lid.x * 4u;
  if (co >= cout) { return; }
  let bias = W[w + (co / 8u) * block + (co % 8u) / 4u];
  for (var i = 0u; i < 4u; i++) {
    let pix = pix0 + lid.y * 4u + i;
    if (pix < np) {
      var v = act(acc[i] + bias);
      v += A[r + pix * ys + co / 4u];
      A[y + pix * ys + co / 4u] = v;
    }
  }
}

// ---- pw_tiled64x64_vec4_none_res_gate, f16 variant (workgroup_size 16, 16, 1; run instead with --gpu-precision f16 where the adapter has shader-f16)
enable f16;
struct Params { x: u32, xs: u32, w: u32, cin: u32, y: u32, ys: u32, r: u32, np: u32, nb: u32, g: u32, lead: u32 }
@group(0) @binding(0) var<storage, read> W: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read_write> A: array<vec4<f32>>;
@group(0) @binding(2) var<uniform> P: Params;
fn act(v: vec4<f32>) -> vec4<f32> { return v; }
const TM = 64u;
const TN = 64u;
const TK = 16u;
// xs_[pixel][q]: input channels 4q..4q+3 of the slice; ws_[k][q]: the slice's row k, output channels 4q..4q+3.
var<workgroup> xs_: array<array<vec4<f16>, 4>, 64>;
var<workgroup> ws_: array<array<vec4<f16>, 16>, 16>;

@compute @workgroup_size(16, 16, 1)
fn main(@builtin(workgroup_id) wg: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let x = P.x; let xs = P.xs; let w = P.w; let cin = P.cin;
  let y = P.y; let ys = P.ys; let r = P.r; let np = P.np; let nb = P.nb; let g = P.g; let lead = P.lead;
  let cout = nb * 8u;
  let span = lead + cin; // channels counted from the vec4 at x
  let block = (cin + 1u) * 2u; // vec4s per block of 8 outputs
  let pix0 = wg.y * TM;
  let co0 = wg.x * TN;
  // What this thread stages: the input vec4 (pixel sp, channels 4sq..) and the weight vec4 (row wk, outputs 4wq..).
  let sp = t / 4u; let sq = t % 4u;
  let wk = t / 16u; let wco = co0 + (t % 16u) * 4u;
  var acc: array<vec4<f32>, 4>;
  for (var k0 = 0u; k0 < span; k0 += TK) {
    let c = k0 + sq * 4u;
    var xv = vec4<f32>(0.0);
    if (c < span && pix0 + sp < np) {
      let lanes = vec4<u32>(c) + vec4<u32>(0u, 1u, 2u, 3u);
      let v = A[x + (pix0 + sp) * xs + c / 4u] * A[g + c / 4u];
      xv = select(vec4<f32>(0.0), v, (lanes >= vec4<u32>(lead)) & (lanes < vec4<u32>(span)));
    }
    xs_[sp][sq] = vec4<f16>(xv);
    let ck = k0 + wk;
    var wv = vec4<f32>(0.0);
    if (ck >= lead && ck < span && wco < cout) { wv = W[w + (wco / 8u) * block + 2u + (ck - lead) * 2u + (wco % 8u) / 4u]; }
    ws_[wk][t % 16u] = vec4<f16>(wv);
    workgroupBarrier();
    for (var q = 0u; q < TK / 4u; q++) {
      let w0 = ws_[q * 4u][lid.x]; let w1 = ws_[q * 4u + 1u][lid.x];
      let w2 = ws_[q * 4u + 2u][lid.x]; let w3 = ws_[q * 4u + 3u][lid.x];
      for (var i = 0u; i < 4u; i++) {
        let v = xs_[lid.y * 4u + i][q];
        acc[i] += vec4<f32>(v.x * w0 + v.y * w1 + v.z * w2 + v.w * w3);
      }
    }
    workgroupBarrier();
  }
  let co = co0 + lid.x * 4u;
  if (co >= cout) { return; }
  let bias = W[w + (co / 8u) * block + (co % 8u) / 4u];
  for (var i = 0u; i < 4u; i++) {
    let pix = pix0 + lid.y * 4u + i;
    if (pix < np) {
      var v = act(acc[i] + bias);
      v += A[r + pix * ys + co / 4u];
      A[y + pix * ys + co / 4u] = v;
    }
  }
}

// ---- pw_tiled64x64_vec4_relu (workgroup_size 16, 16, 1)
struct Params { x: u32, xs: u32, w: u32, cin: u32, y: u32, ys: u32, r: u32, np: u32, nb: u32, g: u32, lead: u32 }
@group(0) @binding(0) var<storage, read> W: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read_write> A: array<vec4<f32>>;
@group(0) @binding(2) var<uniform> P: Params;
fn act(v: vec4<f32>) -> vec4<f32> { return max(v, vec4<f32>(0.0)); }
const TM = 64u;
const TN = 64u;
const TK = 16u;
// xs_[pixel][q]: input channels 4q..4q+3 of the slice; ws_[k][q]: the slice's row k, output channels 4q..4q+3.
var<workgroup> xs_: array<array<vec4<f32>, 4>, 64>;
var<workgroup> ws_: array<array<vec4<f32>, 16>, 16>;

@compute @workgroup_size(16, 16, 1)
fn main(@builtin(workgroup_id) wg: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let x = P.x; let xs = P.xs; let w = P.w; let cin = P.cin;
  let y = P.y; let ys = P.ys; let r = P.r; let np = P.np; let nb = P.nb; let g = P.g; let lead = P.lead;
  let cout = nb * 8u;
  let span = lead + cin; // channels counted from the vec4 at x
  let block = (cin + 1u) * 2u; // vec4s per block of 8 outputs
  let pix0 = wg.y * TM;
  let co0 = wg.x * TN;
  // What this thread stages: the input vec4 (pixel sp, channels 4sq..) and the weight vec4 (row wk, outputs 4wq..).
  let sp = t / 4u; let sq = t % 4u;
  let wk = t / 16u; let wco = co0 + (t % 16u) * 4u;
  var acc: array<vec4<f32>, 4>;
  for (var k0 = 0u; k0 < span; k0 += TK) {
    let c = k0 + sq * 4u;
    var xv = vec4<f32>(0.0);
    if (c < span && pix0 + sp < np) {
      let lanes = vec4<u32>(c) + vec4<u32>(0u, 1u, 2u, 3u);
      let v = A[x + (pix0 + sp) * xs + c / 4u];
      xv = select(vec4<f32>(0.0), v, (lanes >= vec4<u32>(lead)) & (lanes < vec4<u32>(span)));
    }
    xs_[sp][sq] = xv;
    let ck = k0 + wk;
    var wv = vec4<f32>(0.0);
    if (ck >= lead && ck < span && wco < cout) { wv = W[w + (wco / 8u) * block + 2u + (ck - lead) * 2u + (wco % 8u) / 4u]; }
    ws_[wk][t % 16u] = wv;
    workgroupBarrier();
    for (var q = 0u; q < TK / 4u; q++) {
      let w0 = ws_[q * 4u][lid.x]; let w1 = ws_[q * 4u + 1u][lid.x];
      let w2 = ws_[q * 4u + 2u][lid.x]; let w3 = ws_[q * 4u + 3u][lid.x];
      for (var i = 0u; i < 4u; i++) {
        let v = xs_[lid.y * 4u + i][q];
        acc[i] += v.x * w0 + v.y * w1 + v.z * w2 + v.w * w3;
      }
    }
    workgroupBarrier();
  }
  let co = co0 + lid.x * 4u;
  if (co >= cout) { return; }
  let bias = W[w + (co / 8u) * block + (co % 8u) / 4u];
  for (var i = 0u; i < 4u; i++) {
    let pix = pix0 + lid.y * 4u + i;
    if (pix < np) {
      var v = act(acc[i] + bias);
      
      A[y + pix * ys + co / 4u] = v;
    }
  }
}

// ---- pw_tiled64x64_vec4_relu, f16 variant (workgroup_size 16, 16, 1; run instead with --gpu-precision f16 where the adapter has shader-f16)
enable f16;
struct Params { x: u32, xs: u32, w: u32, cin: u32, y: u32, ys: u32, r: u32, np: u32, nb: u32, g: u32, lead: u32 }
@group(0) @binding(0) var<storage, read> W: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read_write> A: array<vec4<f32>>;
@group(0) @binding(2) var<uniform> P: Params;
fn act(v: vec4<f32>) -> vec4<f32> { return max(v, vec4<f32>(0.0)); }
const TM = 64u;
const TN = 64u;
const TK = 16u;
// xs_[pixel][q]: input channels 4q..4q+3 of the slice; ws_[k][q]: the slice's row k, output channels 4q..4q+3.
var<workgroup> xs_: array<array<vec4<f16>, 4>, 64>;
var<workgroup> ws_: array<array<vec4<f16>, 16>, 16>;

@compute @workgroup_size(16, 16, 1)
fn main(@builtin(workgroup_id) wg: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let x = P.x; let xs = P.xs; let w = P.w; let cin = P.cin;
  let y = P.y; let ys = P.ys; let r = P.r; let np = P.np; let nb = P.nb; let g = P.g; let lead = P.lead;
  let cout = nb * 8u;
  let span = lead + cin; // channels counted from the vec4 at x
  let block = (cin + 1u) * 2u; // vec4s per block of 8 outputs
  let pix0 = wg.y * TM;
  let co0 = wg.x * TN;
  // What this thread stages: the input vec4 (pixel sp, channels 4sq..) and the weight vec4 (row wk, outputs 4wq..).
  let sp = t / 4u; let sq = t % 4u;
  let wk = t / 16u; let wco = co0 + (t % 16u) * 4u;
  var acc: array<vec4<f32>, 4>;
  for (var k0 = 0u; k0 < span; k0 += TK) {
    let c = k0 + sq * 4u;
    var xv = vec4<f32>(0.0);
    if (c < span && pix0 + sp < np) {
      let lanes = vec4<u32>(c) + vec4<u32>(0u, 1u, 2u, 3u);
      let v = A[x + (pix0 + sp) * xs + c / 4u];
      xv = select(vec4<f32>(0.0), v, (lanes >= vec4<u32>(lead)) & (lanes < vec4<u32>(span)));
    }
    xs_[sp][sq] = vec4<f16>(xv);
    let ck = k0 + wk;
    var wv = vec4<f32>(0.0);
    if (ck >= lead && ck < span && wco < cout) { wv = W[w + (wco / 8u) * block + 2u + (ck - lead) * 2u + (wco % 8u) / 4u]; }
    ws_[wk][t % 16u] = vec4<f16>(wv);
    workgroupBarrier();
    for (var q = 0u; q < TK / 4u; q++) {
      let w0 = ws_[q * 4u][lid.x]; let w1 = ws_[q * 4u + 1u][lid.x];
      let w2 = ws_[q * 4u + 2u][lid.x]; let w3 = ws_[q * 4u + 3u][lid.x];
      for (var i = 0u; i < 4u; i++) {
        let v = xs_[lid.y * 4u + i][q];
        acc[i] += vec4<f32>(v.x * w0 + v.y * w1 + v.z * w2 + v.w * w3);
      }
    }
    workgroupBarrier();
  }
  let co = co0 + lid.x * 4u;
  if (co >= cout) { return; }
  let bias = W[w + (co / 8u) * block + (co % 8u) / 4u];
  for (var i = 0u; i < 4u; i++) {
    let pix = pix0 + lid.y * 4u + i;
    if (pix < np) {
      var v = act(acc[i] + bias);
      
      A[y + pix * ys + co / 4u] = v;
    }
  }
}

// ---- mean_reduce_16_c32 (workgroup_size 64, 1, 1)
struct Params { x: u32, y: u32 }
@group(0) @binding(0) var<storage, read> W: array<f32>;
@group(0) @binding(1) var<storage, read_write> A: array<f32>;
@group(0) @binding(2) var<uniform> P: Params;
fn w4(i: u32) -> vec4<f32> { return vec4<f32>(W[i], W[i + 1u], W[i + 2u], W[i + 3u]); }
fn a4(i: u32) -> vec4<f32> { return vec4<f32>(A[i], A[i + 1u], A[i + 2u], A[i + 3u]); }
fn store4(i: u32, v: vec4<f32>) { A[i] = v.x; A[i + 1u] = v.y; A[i + 2u] = v.z; A[i + 3u] = v.w; }
const LANES = 4u;
var<workgroup> partial: array<array<f32, 16>, 4>;
var<workgroup> pooled: array<f32, 32>;

@compute @workgroup_size(64, 1, 1)
fn main(@builtin(local_invocation_id) lid: vec3<u32>) {
  let x = P.x;
  
  for (var c0 = 0u; c0 < 32u; c0 += 16u) {
    let c = c0 + lid.x % 16u;
    let lane = lid.x / 16u;
    var s = 0.0;
    if (c < 32u) {
      for (var q = lane; q < 16u; q += LANES) { s += A[x + q * 32u + c]; }
    }
    partial[lane][lid.x % 16u] = s;
    workgroupBarrier();
    for (var half = LANES / 2u; half > 0u; half /= 2u) {
      if (lane < half) { partial[lane][lid.x % 16u] += partial[lane + half][lid.x % 16u]; }
      workgroupBarrier();
    }
    if (lane == 0u && c < 32u) { pooled[c] = partial[0][lid.x % 16u] / 16.0; }
    workgroupBarrier();
  }
  for (var c = lid.x; c < 32u; c += 64u) { A[P.y + c] = pooled[c]; }
}

// ---- linear_32_b1 (workgroup_size 64, 1, 1)
struct Params { x: u32, w: u32, y: u32 }
@group(0) @binding(0) var<storage, read> W: array<f32>;
@group(0) @binding(1) var<storage, read_write> A: array<f32>;
@group(0) @binding(2) var<uniform> P: Params;
fn w4(i: u32) -> vec4<f32> { return vec4<f32>(W[i], W[i + 1u], W[i + 2u], W[i + 3u]); }
fn a4(i: u32) -> vec4<f32> { return vec4<f32>(A[i], A[i + 1u], A[i + 2u], A[i + 3u]); }
fn store4(i: u32, v: vec4<f32>) { A[i] = v.x; A[i + 1u] = v.y; A[i + 2u] = v.z; A[i + 3u] = v.w; }

@compute @workgroup_size(64, 1, 1)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let o = gid.x;
  if (o >= 16u) { return; }
  let wb = P.w + (o / 16u) * 528u + o % 16u;
  var s = W[wb];
  for (var i = 0u; i < 32u; i++) { s += W[wb + 16u * (i + 1u)] * A[P.x + i]; }
  A[P.y + o] = s;
}
