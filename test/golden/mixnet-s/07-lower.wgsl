// ---- stem_k3_s2_3x224x224_c16_relu (workgroup_size 64, 1, 1)
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
  if (idx >= 50176u) { return; }
  let c4 = idx % 4u;
  let pix = idx / 4u;
  let oy = pix / 112u;
  let ox = pix % 112u;
  let co = c4 * 4u;
  let wb = P.w + (co / 8u) * 224u + co % 8u;
  var acc = w4(wb);
  for (var ci = 0; ci < 3; ci++) {
    for (var ky = 0; ky < 3; ky++) {
      let iy = i32(oy * 2u) - 1 + ky;
      if (iy < 0 || iy >= 224) { continue; }
      for (var kx = 0; kx < 3; kx++) {
        let ix = i32(ox * 2u) - 1 + kx;
        if (ix < 0 || ix >= 224) { continue; }
        let t = u32((ci * 3 + ky) * 3 + kx);
        acc += A[P.x + (u32(ci) * 224u + u32(iy)) * 224u + u32(ix)] * w4(wb + 8u * (t + 1u));
      }
    }
  }
  store4(P.y + pix * 16u + co, act(acc));
}

// ---- mixconv_k3x4_s1_112x112_c16.16_relu (workgroup_size 64, 1, 1)
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
  if (idx >= 50176u) { return; }
  let cb = idx % 4u;
  let pix = idx / 4u;
  let oy = pix / 112u;
  let ox = pix % 112u;
  let x = P.x;
  let y = P.y;
  var acc = vec4<f32>(0.0);
  
  if (cb < 4u) {
    let wb = P.w0 + (cb - 0u) * 40u;
    acc = w4(wb);
    for (var ky = 0; ky < 3; ky++) {
      let iy = i32(oy * 1u) - 1 + ky;
      if (iy < 0 || iy >= 112) { continue; }
      for (var kx = 0; kx < 3; kx++) {
        let ix = i32(ox * 1u) - 1 + kx;
        if (ix < 0 || ix >= 112) { continue; }
        acc += a4(x + (u32(iy) * 112u + u32(ix)) * 16u + cb * 4u) * w4(wb + 4u + u32(ky * 3 + kx) * 4u);
      }
    }
  }
  store4(y + pix * 16u + cb * 4u, act(acc));
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

// ---- mixconv_k3x24_s2_112x112_c96.96_relu (workgroup_size 64, 1, 1)
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
  if (idx >= 75264u) { return; }
  let cb = idx % 24u;
  let pix = idx / 24u;
  let oy = pix / 56u;
  let ox = pix % 56u;
  let x = P.x;
  let y = P.y;
  var acc = vec4<f32>(0.0);
  
  if (cb < 24u) {
    let wb = P.w0 + (cb - 0u) * 40u;
    acc = w4(wb);
    for (var ky = 0; ky < 3; ky++) {
      let iy = i32(oy * 2u) - 1 + ky;
      if (iy < 0 || iy >= 112) { continue; }
      for (var kx = 0; kx < 3; kx++) {
        let ix = i32(ox * 2u) - 1 + kx;
        if (ix < 0 || ix >= 112) { continue; }
        acc += a4(x + (u32(iy) * 112u + u32(ix)) * 96u + cb * 4u) * w4(wb + 4u + u32(ky * 3 + kx) * 4u);
      }
    }
  }
  store4(y + pix * 96u + cb * 4u, act(acc));
}

// ---- pw_tiled64x64_vec4_none (workgroup_size 16, 16, 1)
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
      
      A[y + pix * ys + co / 4u] = v;
    }
  }
}

// ---- pw_tiled64x64_vec4_none, f16 variant (workgroup_size 16, 16, 1; run instead with --gpu-precision f16 where the adapter has shader-f16)
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
      
      A[y + pix * ys + co / 4u] = v;
    }
  }
}

// ---- mixconv_k3x18_s1_56x56_c72.72_relu (workgroup_size 64, 1, 1)
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
  if (idx >= 56448u) { return; }
  let cb = idx % 18u;
  let pix = idx / 18u;
  let oy = pix / 56u;
  let ox = pix % 56u;
  let x = P.x;
  let y = P.y;
  var acc = vec4<f32>(0.0);
  
  if (cb < 18u) {
    let wb = P.w0 + (cb - 0u) * 40u;
    acc = w4(wb);
    for (var ky = 0; ky < 3; ky++) {
      let iy = i32(oy * 1u) - 1 + ky;
      if (iy < 0 || iy >= 56) { continue; }
      for (var kx = 0; kx < 3; kx++) {
        let ix = i32(ox * 1u) - 1 + kx;
        if (ix < 0 || ix >= 56) { continue; }
        acc += a4(x + (u32(iy) * 56u + u32(ix)) * 72u + cb * 4u) * w4(wb + 4u + u32(ky * 3 + kx) * 4u);
      }
    }
  }
  store4(y + pix * 72u + cb * 4u, act(acc));
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

// ---- mixconv_k3x12_k5x12_k7x12_s2_56x56_c144.144_swish (workgroup_size 64, 1, 1)
struct Params { x: u32, y: u32, w0: u32, w1: u32, w2: u32 }
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
  if (idx >= 28224u) { return; }
  let cb = idx % 36u;
  let pix = idx / 36u;
  let oy = pix / 28u;
  let ox = pix % 28u;
  let x = P.x;
  let y = P.y;
  var acc = vec4<f32>(0.0);
  
  if (cb < 12u) {
    let wb = P.w0 + (cb - 0u) * 40u;
    acc = w4(wb);
    for (var ky = 0; ky < 3; ky++) {
      let iy = i32(oy * 2u) - 1 + ky;
      if (iy < 0 || iy >= 56) { continue; }
      for (var kx = 0; kx < 3; kx++) {
        let ix = i32(ox * 2u) - 1 + kx;
        if (ix < 0 || ix >= 56) { continue; }
        acc += a4(x + (u32(iy) * 56u + u32(ix)) * 144u + cb * 4u) * w4(wb + 4u + u32(ky * 3 + kx) * 4u);
      }
    }
  }
  else if (cb < 24u) {
    let wb = P.w1 + (cb - 12u) * 104u;
    acc = w4(wb);
    for (var ky = 0; ky < 5; ky++) {
      let iy = i32(oy * 2u) - 2 + ky;
      if (iy < 0 || iy >= 56) { continue; }
      for (var kx = 0; kx < 5; kx++) {
        let ix = i32(ox * 2u) - 2 + kx;
        if (ix < 0 || ix >= 56) { continue; }
        acc += a4(x + (u32(iy) * 56u + u32(ix)) * 144u + cb * 4u) * w4(wb + 4u + u32(ky * 5 + kx) * 4u);
      }
    }
  }
  else if (cb < 36u) {
    let wb = P.w2 + (cb - 24u) * 200u;
    acc = w4(wb);
    for (var ky = 0; ky < 7; ky++) {
      let iy = i32(oy * 2u) - 3 + ky;
      if (iy < 0 || iy >= 56) { continue; }
      for (var kx = 0; kx < 7; kx++) {
        let ix = i32(ox * 2u) - 3 + kx;
        if (ix < 0 || ix >= 56) { continue; }
        acc += a4(x + (u32(iy) * 56u + u32(ix)) * 144u + cb * 4u) * w4(wb + 4u + u32(ky * 7 + kx) * 4u);
      }
    }
  }
  store4(y + pix * 144u + cb * 4u, act(acc));
}

// ---- se_reduce_784_c144_r12_swish (workgroup_size 64, 1, 1)
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
var<workgroup> pooled: array<f32, 144>;
var<workgroup> hidden: array<f32, 12>;

@compute @workgroup_size(64, 1, 1)
fn main(@builtin(local_invocation_id) lid: vec3<u32>) {
  let x = P.x;
  let w = P.w;
  
  for (var c0 = 0u; c0 < 144u; c0 += 16u) {
    let c = c0 + lid.x % 16u;
    let lane = lid.x / 16u;
    var s = 0.0;
    if (c < 144u) {
      for (var q = lane; q < 784u; q += LANES) { s += A[x + q * 144u + c]; }
    }
    partial[lane][lid.x % 16u] = s;
    workgroupBarrier();
    for (var half = LANES / 2u; half > 0u; half /= 2u) {
      if (lane < half) { partial[lane][lid.x % 16u] += partial[lane + half][lid.x % 16u]; }
      workgroupBarrier();
    }
    if (lane == 0u && c < 144u) { pooled[c] = partial[0][lid.x % 16u] / 784.0; }
    workgroupBarrier();
  }
  for (var o = lid.x; o < 12u; o += 64u) {
    var s = W[w + 1728u + o];
    for (var i = 0u; i < 144u; i++) { s += W[w + o * 144u + i] * pooled[i]; }
    hidden[o] = act(vec4<f32>(s)).x;
  }
  workgroupBarrier();
  for (var i = lid.x; i < 144u; i += 64u) {
    var s = W[w + 3468u + i];
    for (var o = 0u; o < 12u; o++) { s += hidden[o] * W[w + 1740u + o * 144u + i]; }
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

// ---- mixconv_k3x30_k5x30_s1_28x28_c240.240_swish (workgroup_size 64, 1, 1)
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
  if (idx >= 47040u) { return; }
  let cb = idx % 60u;
  let pix = idx / 60u;
  let oy = pix / 28u;
  let ox = pix % 28u;
  let x = P.x;
  let y = P.y;
  var acc = vec4<f32>(0.0);
  
  if (cb < 30u) {
    let wb = P.w0 + (cb - 0u) * 40u;
    acc = w4(wb);
    for (var ky = 0; ky < 3; ky++) {
      let iy = i32(oy * 1u) - 1 + ky;
      if (iy < 0 || iy >= 28) { continue; }
      for (var kx = 0; kx < 3; kx++) {
        let ix = i32(ox * 1u) - 1 + kx;
        if (ix < 0 || ix >= 28) { continue; }
        acc += a4(x + (u32(iy) * 28u + u32(ix)) * 240u + cb * 4u) * w4(wb + 4u + u32(ky * 3 + kx) * 4u);
      }
    }
  }
  else if (cb < 60u) {
    let wb = P.w1 + (cb - 30u) * 104u;
    acc = w4(wb);
    for (var ky = 0; ky < 5; ky++) {
      let iy = i32(oy * 1u) - 2 + ky;
      if (iy < 0 || iy >= 28) { continue; }
      for (var kx = 0; kx < 5; kx++) {
        let ix = i32(ox * 1u) - 2 + kx;
        if (ix < 0 || ix >= 28) { continue; }
        acc += a4(x + (u32(iy) * 28u + u32(ix)) * 240u + cb * 4u) * w4(wb + 4u + u32(ky * 5 + kx) * 4u);
      }
    }
  }
  store4(y + pix * 240u + cb * 4u, act(acc));
}

// ---- se_reduce_784_c240_r20_swish (workgroup_size 64, 1, 1)
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
var<workgroup> pooled: array<f32, 240>;
var<workgroup> hidden: array<f32, 20>;

@compute @workgroup_size(64, 1, 1)
fn main(@builtin(local_invocation_id) lid: vec3<u32>) {
  let x = P.x;
  let w = P.w;
  
  for (var c0 = 0u; c0 < 240u; c0 += 16u) {
    let c = c0 + lid.x % 16u;
    let lane = lid.x / 16u;
    var s = 0.0;
    if (c < 240u) {
      for (var q = lane; q < 784u; q += LANES) { s += A[x + q * 240u + c]; }
    }
    partial[lane][lid.x % 16u] = s;
    workgroupBarrier();
    for (var half = LANES / 2u; half > 0u; half /= 2u) {
      if (lane < half) { partial[lane][lid.x % 16u] += partial[lane + half][lid.x % 16u]; }
      workgroupBarrier();
    }
    if (lane == 0u && c < 240u) { pooled[c] = partial[0][lid.x % 16u] / 784.0; }
    workgroupBarrier();
  }
  for (var o = lid.x; o < 20u; o += 64u) {
    var s = W[w + 4800u + o];
    for (var i = 0u; i < 240u; i++) { s += W[w + o * 240u + i] * pooled[i]; }
    hidden[o] = act(vec4<f32>(s)).x;
  }
  workgroupBarrier();
  for (var i = lid.x; i < 240u; i += 64u) {
    var s = W[w + 9620u + i];
    for (var o = 0u; o < 20u; o++) { s += hidden[o] * W[w + 4820u + o * 240u + i]; }
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

// ---- mixconv_k3x20_k5x20_k7x20_s2_28x28_c240.240_swish (workgroup_size 64, 1, 1)
struct Params { x: u32, y: u32, w0: u32, w1: u32, w2: u32 }
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
  if (idx >= 11760u) { return; }
  let cb = idx % 60u;
  let pix = idx / 60u;
  let oy = pix / 14u;
  let ox = pix % 14u;
  let x = P.x;
  let y = P.y;
  var acc = vec4<f32>(0.0);
  
  if (cb < 20u) {
    let wb = P.w0 + (cb - 0u) * 40u;
    acc = w4(wb);
    for (var ky = 0; ky < 3; ky++) {
      let iy = i32(oy * 2u) - 1 + ky;
      if (iy < 0 || iy >= 28) { continue; }
      for (var kx = 0; kx < 3; kx++) {
        let ix = i32(ox * 2u) - 1 + kx;
        if (ix < 0 || ix >= 28) { continue; }
        acc += a4(x + (u32(iy) * 28u + u32(ix)) * 240u + cb * 4u) * w4(wb + 4u + u32(ky * 3 + kx) * 4u);
      }
    }
  }
  else if (cb < 40u) {
    let wb = P.w1 + (cb - 20u) * 104u;
    acc = w4(wb);
    for (var ky = 0; ky < 5; ky++) {
      let iy = i32(oy * 2u) - 2 + ky;
      if (iy < 0 || iy >= 28) { continue; }
      for (var kx = 0; kx < 5; kx++) {
        let ix = i32(ox * 2u) - 2 + kx;
        if (ix < 0 || ix >= 28) { continue; }
        acc += a4(x + (u32(iy) * 28u + u32(ix)) * 240u + cb * 4u) * w4(wb + 4u + u32(ky * 5 + kx) * 4u);
      }
    }
  }
  else if (cb < 60u) {
    let wb = P.w2 + (cb - 40u) * 200u;
    acc = w4(wb);
    for (var ky = 0; ky < 7; ky++) {
      let iy = i32(oy * 2u) - 3 + ky;
      if (iy < 0 || iy >= 28) { continue; }
      for (var kx = 0; kx < 7; kx++) {
        let ix = i32(ox * 2u) - 3 + kx;
        if (ix < 0 || ix >= 28) { continue; }
        acc += a4(x + (u32(iy) * 28u + u32(ix)) * 240u + cb * 4u) * w4(wb + 4u + u32(ky * 7 + kx) * 4u);
      }
    }
  }
  store4(y + pix * 240u + cb * 4u, act(acc));
}

// ---- se_reduce_196_c240_r10_swish (workgroup_size 64, 1, 1)
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
var<workgroup> pooled: array<f32, 240>;
var<workgroup> hidden: array<f32, 10>;

@compute @workgroup_size(64, 1, 1)
fn main(@builtin(local_invocation_id) lid: vec3<u32>) {
  let x = P.x;
  let w = P.w;
  
  for (var c0 = 0u; c0 < 240u; c0 += 16u) {
    let c = c0 + lid.x % 16u;
    let lane = lid.x / 16u;
    var s = 0.0;
    if (c < 240u) {
      for (var q = lane; q < 196u; q += LANES) { s += A[x + q * 240u + c]; }
    }
    partial[lane][lid.x % 16u] = s;
    workgroupBarrier();
    for (var half = LANES / 2u; half > 0u; half /= 2u) {
      if (lane < half) { partial[lane][lid.x % 16u] += partial[lane + half][lid.x % 16u]; }
      workgroupBarrier();
    }
    if (lane == 0u && c < 240u) { pooled[c] = partial[0][lid.x % 16u] / 196.0; }
    workgroupBarrier();
  }
  for (var o = lid.x; o < 10u; o += 64u) {
    var s = W[w + 2400u + o];
    for (var i = 0u; i < 240u; i++) { s += W[w + o * 240u + i] * pooled[i]; }
    hidden[o] = act(vec4<f32>(s)).x;
  }
  workgroupBarrier();
  for (var i = lid.x; i < 240u; i += 64u) {
    var s = W[w + 4810u + i];
    for (var o = 0u; o < 10u; o++) { s += hidden[o] * W[w + 2410u + o * 240u + i]; }
    A[P.gate + i] = gate(vec4<f32>(s)).x;
  }
}

// ---- mixconv_k3x60_k5x60_s1_14x14_c480.480_swish (workgroup_size 64, 1, 1)
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
  if (idx >= 23520u) { return; }
  let cb = idx % 120u;
  let pix = idx / 120u;
  let oy = pix / 14u;
  let ox = pix % 14u;
  let x = P.x;
  let y = P.y;
  var acc = vec4<f32>(0.0);
  
  if (cb < 60u) {
    let wb = P.w0 + (cb - 0u) * 40u;
    acc = w4(wb);
    for (var ky = 0; ky < 3; ky++) {
      let iy = i32(oy * 1u) - 1 + ky;
      if (iy < 0 || iy >= 14) { continue; }
      for (var kx = 0; kx < 3; kx++) {
        let ix = i32(ox * 1u) - 1 + kx;
        if (ix < 0 || ix >= 14) { continue; }
        acc += a4(x + (u32(iy) * 14u + u32(ix)) * 480u + cb * 4u) * w4(wb + 4u + u32(ky * 3 + kx) * 4u);
      }
    }
  }
  else if (cb < 120u) {
    let wb = P.w1 + (cb - 60u) * 104u;
    acc = w4(wb);
    for (var ky = 0; ky < 5; ky++) {
      let iy = i32(oy * 1u) - 2 + ky;
      if (iy < 0 || iy >= 14) { continue; }
      for (var kx = 0; kx < 5; kx++) {
        let ix = i32(ox * 1u) - 2 + kx;
        if (ix < 0 || ix >= 14) { continue; }
        acc += a4(x + (u32(iy) * 14u + u32(ix)) * 480u + cb * 4u) * w4(wb + 4u + u32(ky * 5 + kx) * 4u);
      }
    }
  }
  store4(y + pix * 480u + cb * 4u, act(acc));
}

// ---- se_reduce_196_c480_r20_swish (workgroup_size 64, 1, 1)
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
var<workgroup> pooled: array<f32, 480>;
var<workgroup> hidden: array<f32, 20>;

@compute @workgroup_size(64, 1, 1)
fn main(@builtin(local_invocation_id) lid: vec3<u32>) {
  let x = P.x;
  let w = P.w;
  
  for (var c0 = 0u; c0 < 480u; c0 += 16u) {
    let c = c0 + lid.x % 16u;
    let lane = lid.x / 16u;
    var s = 0.0;
    if (c < 480u) {
      for (var q = lane; q < 196u; q += LANES) { s += A[x + q * 480u + c]; }
    }
    partial[lane][lid.x % 16u] = s;
    workgroupBarrier();
    for (var half = LANES / 2u; half > 0u; half /= 2u) {
      if (lane < half) { partial[lane][lid.x % 16u] += partial[lane + half][lid.x % 16u]; }
      workgroupBarrier();
    }
    if (lane == 0u && c < 480u) { pooled[c] = partial[0][lid.x % 16u] / 196.0; }
    workgroupBarrier();
  }
  for (var o = lid.x; o < 20u; o += 64u) {
    var s = W[w + 9600u + o];
    for (var i = 0u; i < 480u; i++) { s += W[w + o * 480u + i] * pooled[i]; }
    hidden[o] = act(vec4<f32>(s)).x;
  }
  workgroupBarrier();
  for (var i = lid.x; i < 480u; i += 64u) {
    var s = W[w + 19220u + i];
    for (var o = 0u; o < 20u; o++) { s += hidden[o] * W[w + 9620u + o * 480u + i]; }
    A[P.gate + i] = gate(vec4<f32>(s)).x;
  }
}

// ---- mixconv_k3x40_k5x40_k7x40_s1_14x14_c480.480_swish (workgroup_size 64, 1, 1)
struct Params { x: u32, y: u32, w0: u32, w1: u32, w2: u32 }
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
  if (idx >= 23520u) { return; }
  let cb = idx % 120u;
  let pix = idx / 120u;
  let oy = pix / 14u;
  let ox = pix % 14u;
  let x = P.x;
  let y = P.y;
  var acc = vec4<f32>(0.0);
  
  if (cb < 40u) {
    let wb = P.w0 + (cb - 0u) * 40u;
    acc = w4(wb);
    for (var ky = 0; ky < 3; ky++) {
      let iy = i32(oy * 1u) - 1 + ky;
      if (iy < 0 || iy >= 14) { continue; }
      for (var kx = 0; kx < 3; kx++) {
        let ix = i32(ox * 1u) - 1 + kx;
        if (ix < 0 || ix >= 14) { continue; }
        acc += a4(x + (u32(iy) * 14u + u32(ix)) * 480u + cb * 4u) * w4(wb + 4u + u32(ky * 3 + kx) * 4u);
      }
    }
  }
  else if (cb < 80u) {
    let wb = P.w1 + (cb - 40u) * 104u;
    acc = w4(wb);
    for (var ky = 0; ky < 5; ky++) {
      let iy = i32(oy * 1u) - 2 + ky;
      if (iy < 0 || iy >= 14) { continue; }
      for (var kx = 0; kx < 5; kx++) {
        let ix = i32(ox * 1u) - 2 + kx;
        if (ix < 0 || ix >= 14) { continue; }
        acc += a4(x + (u32(iy) * 14u + u32(ix)) * 480u + cb * 4u) * w4(wb + 4u + u32(ky * 5 + kx) * 4u);
      }
    }
  }
  else if (cb < 120u) {
    let wb = P.w2 + (cb - 80u) * 200u;
    acc = w4(wb);
    for (var ky = 0; ky < 7; ky++) {
      let iy = i32(oy * 1u) - 3 + ky;
      if (iy < 0 || iy >= 14) { continue; }
      for (var kx = 0; kx < 7; kx++) {
        let ix = i32(ox * 1u) - 3 + kx;
        if (ix < 0 || ix >= 14) { continue; }
        acc += a4(x + (u32(iy) * 14u + u32(ix)) * 480u + cb * 4u) * w4(wb + 4u + u32(ky * 7 + kx) * 4u);
      }
    }
  }
  store4(y + pix * 480u + cb * 4u, act(acc));
}

// ---- se_reduce_196_c480_r40_swish (workgroup_size 64, 1, 1)
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
var<workgroup> pooled: array<f32, 480>;
var<workgroup> hidden: array<f32, 40>;

@compute @workgroup_size(64, 1, 1)
fn main(@builtin(local_invocation_id) lid: vec3<u32>) {
  let x = P.x;
  let w = P.w;
  
  for (var c0 = 0u; c0 < 480u; c0 += 16u) {
    let c = c0 + lid.x % 16u;
    let lane = lid.x / 16u;
    var s = 0.0;
    if (c < 480u) {
      for (var q = lane; q < 196u; q += LANES) { s += A[x + q * 480u + c]; }
    }
    partial[lane][lid.x % 16u] = s;
    workgroupBarrier();
    for (var half = LANES / 2u; half > 0u; half /= 2u) {
      if (lane < half) { partial[lane][lid.x % 16u] += partial[lane + half][lid.x % 16u]; }
      workgroupBarrier();
    }
    if (lane == 0u && c < 480u) { pooled[c] = partial[0][lid.x % 16u] / 196.0; }
    workgroupBarrier();
  }
  for (var o = lid.x; o < 40u; o += 64u) {
    var s = W[w + 19200u + o];
    for (var i = 0u; i < 480u; i++) { s += W[w + o * 480u + i] * pooled[i]; }
    hidden[o] = act(vec4<f32>(s)).x;
  }
  workgroupBarrier();
  for (var i = lid.x; i < 480u; i += 64u) {
    var s = W[w + 38440u + i];
    for (var o = 0u; o < 40u; o++) { s += hidden[o] * W[w + 19240u + o * 480u + i]; }
    A[P.gate + i] = gate(vec4<f32>(s)).x;
  }
}

// ---- mixconv_k3x22_k5x23_k7x22_k9x23_s1_14x14_c360.360_swish (workgroup_size 64, 1, 1)
struct Params { x: u32, y: u32, w0: u32, w1: u32, w2: u32, w3: u32 }
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
  if (idx >= 17640u) { return; }
  let cb = idx % 90u;
  let pix = idx / 90u;
  let oy = pix / 14u;
  let ox = pix % 14u;
  let x = P.x;
  let y = P.y;
  var acc = vec4<f32>(0.0);
  
  if (cb < 22u) {
    let wb = P.w0 + (cb - 0u) * 40u;
    acc = w4(wb);
    for (var ky = 0; ky < 3; ky++) {
      let iy = i32(oy * 1u) - 1 + ky;
      if (iy < 0 || iy >= 14) { continue; }
      for (var kx = 0; kx < 3; kx++) {
        let ix = i32(ox * 1u) - 1 + kx;
        if (ix < 0 || ix >= 14) { continue; }
        acc += a4(x + (u32(iy) * 14u + u32(ix)) * 360u + cb * 4u) * w4(wb + 4u + u32(ky * 3 + kx) * 4u);
      }
    }
  }
  else if (cb < 45u) {
    let wb = P.w1 + (cb - 22u) * 104u;
    acc = w4(wb);
    for (var ky = 0; ky < 5; ky++) {
      let iy = i32(oy * 1u) - 2 + ky;
      if (iy < 0 || iy >= 14) { continue; }
      for (var kx = 0; kx < 5; kx++) {
        let ix = i32(ox * 1u) - 2 + kx;
        if (ix < 0 || ix >= 14) { continue; }
        acc += a4(x + (u32(iy) * 14u + u32(ix)) * 360u + cb * 4u) * w4(wb + 4u + u32(ky * 5 + kx) * 4u);
      }
    }
  }
  else if (cb < 67u) {
    let wb = P.w2 + (cb - 45u) * 200u;
    acc = w4(wb);
    for (var ky = 0; ky < 7; ky++) {
      let iy = i32(oy * 1u) - 3 + ky;
      if (iy < 0 || iy >= 14) { continue; }
      for (var kx = 0; kx < 7; kx++) {
        let ix = i32(ox * 1u) - 3 + kx;
        if (ix < 0 || ix >= 14) { continue; }
        acc += a4(x + (u32(iy) * 14u + u32(ix)) * 360u + cb * 4u) * w4(wb + 4u + u32(ky * 7 + kx) * 4u);
      }
    }
  }
  else if (cb < 90u) {
    let wb = P.w3 + (cb - 67u) * 328u;
    acc = w4(wb);
    for (var ky = 0; ky < 9; ky++) {
      let iy = i32(oy * 1u) - 4 + ky;
      if (iy < 0 || iy >= 14) { continue; }
      for (var kx = 0; kx < 9; kx++) {
        let ix = i32(ox * 1u) - 4 + kx;
        if (ix < 0 || ix >= 14) { continue; }
        acc += a4(x + (u32(iy) * 14u + u32(ix)) * 360u + cb * 4u) * w4(wb + 4u + u32(ky * 9 + kx) * 4u);
      }
    }
  }
  store4(y + pix * 360u + cb * 4u, act(acc));
}

// ---- se_reduce_196_c360_r60_swish (workgroup_size 64, 1, 1)
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
var<workgroup> pooled: array<f32, 360>;
var<workgroup> hidden: array<f32, 60>;

@compute @workgroup_size(64, 1, 1)
fn main(@builtin(local_invocation_id) lid: vec3<u32>) {
  let x = P.x;
  let w = P.w;
  
  for (var c0 = 0u; c0 < 360u; c0 += 16u) {
    let c = c0 + lid.x % 16u;
    let lane = lid.x / 16u;
    var s = 0.0;
    if (c < 360u) {
      for (var q = lane; q < 196u; q += LANES) { s += A[x + q * 360u + c]; }
    }
    partial[lane][lid.x % 16u] = s;
    workgroupBarrier();
    for (var half = LANES / 2u; half > 0u; half /= 2u) {
      if (lane < half) { partial[lane][lid.x % 16u] += partial[lane + half][lid.x % 16u]; }
      workgroupBarrier();
    }
    if (lane == 0u && c < 360u) { pooled[c] = partial[0][lid.x % 16u] / 196.0; }
    workgroupBarrier();
  }
  for (var o = lid.x; o < 60u; o += 64u) {
    var s = W[w + 21600u + o];
    for (var i = 0u; i < 360u; i++) { s += W[w + o * 360u + i] * pooled[i]; }
    hidden[o] = act(vec4<f32>(s)).x;
  }
  workgroupBarrier();
  for (var i = lid.x; i < 360u; i += 64u) {
    var s = W[w + 43260u + i];
    for (var o = 0u; o < 60u; o++) { s += hidden[o] * W[w + 21660u + o * 360u + i]; }
    A[P.gate + i] = gate(vec4<f32>(s)).x;
  }
}

// ---- mixconv_k3x36_k5x36_k7x36_k9x36_k11x36_s2_14x14_c720.720_swish (workgroup_size 64, 1, 1)
struct Params { x: u32, y: u32, w0: u32, w1: u32, w2: u32, w3: u32, w4: u32 }
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
  if (idx >= 8820u) { return; }
  let cb = idx % 180u;
  let pix = idx / 180u;
  let oy = pix / 7u;
  let ox = pix % 7u;
  let x = P.x;
  let y = P.y;
  var acc = vec4<f32>(0.0);
  
  if (cb < 36u) {
    let wb = P.w0 + (cb - 0u) * 40u;
    acc = w4(wb);
    for (var ky = 0; ky < 3; ky++) {
      let iy = i32(oy * 2u) - 1 + ky;
      if (iy < 0 || iy >= 14) { continue; }
      for (var kx = 0; kx < 3; kx++) {
        let ix = i32(ox * 2u) - 1 + kx;
        if (ix < 0 || ix >= 14) { continue; }
        acc += a4(x + (u32(iy) * 14u + u32(ix)) * 720u + cb * 4u) * w4(wb + 4u + u32(ky * 3 + kx) * 4u);
      }
    }
  }
  else if (cb < 72u) {
    let wb = P.w1 + (cb - 36u) * 104u;
    acc = w4(wb);
    for (var ky = 0; ky < 5; ky++) {
      let iy = i32(oy * 2u) - 2 + ky;
      if (iy < 0 || iy >= 14) { continue; }
      for (var kx = 0; kx < 5; kx++) {
        let ix = i32(ox * 2u) - 2 + kx;
        if (ix < 0 || ix >= 14) { continue; }
        acc += a4(x + (u32(iy) * 14u + u32(ix)) * 720u + cb * 4u) * w4(wb + 4u + u32(ky * 5 + kx) * 4u);
      }
    }
  }
  else if (cb < 108u) {
    let wb = P.w2 + (cb - 72u) * 200u;
    acc = w4(wb);
    for (var ky = 0; ky < 7; ky++) {
      let iy = i32(oy * 2u) - 3 + ky;
      if (iy < 0 || iy >= 14) { continue; }
      for (var kx = 0; kx < 7; kx++) {
        let ix = i32(ox * 2u) - 3 + kx;
        if (ix < 0 || ix >= 14) { continue; }
        acc += a4(x + (u32(iy) * 14u + u32(ix)) * 720u + cb * 4u) * w4(wb + 4u + u32(ky * 7 + kx) * 4u);
      }
    }
  }
  else if (cb < 144u) {
    let wb = P.w3 + (cb - 108u) * 328u;
    acc = w4(wb);
    for (var ky = 0; ky < 9; ky++) {
      let iy = i32(oy * 2u) - 4 + ky;
      if (iy < 0 || iy >= 14) { continue; }
      for (var kx = 0; kx < 9; kx++) {
        let ix = i32(ox * 2u) - 4 + kx;
        if (ix < 0 || ix >= 14) { continue; }
        acc += a4(x + (u32(iy) * 14u + u32(ix)) * 720u + cb * 4u) * w4(wb + 4u + u32(ky * 9 + kx) * 4u);
      }
    }
  }
  else if (cb < 180u) {
    let wb = P.w4 + (cb - 144u) * 488u;
    acc = w4(wb);
    for (var ky = 0; ky < 11; ky++) {
      let iy = i32(oy * 2u) - 5 + ky;
      if (iy < 0 || iy >= 14) { continue; }
      for (var kx = 0; kx < 11; kx++) {
        let ix = i32(ox * 2u) - 5 + kx;
        if (ix < 0 || ix >= 14) { continue; }
        acc += a4(x + (u32(iy) * 14u + u32(ix)) * 720u + cb * 4u) * w4(wb + 4u + u32(ky * 11 + kx) * 4u);
      }
    }
  }
  store4(y + pix * 720u + cb * 4u, act(acc));
}

// ---- se_reduce_49_c720_r60_swish (workgroup_size 64, 1, 1)
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
var<workgroup> pooled: array<f32, 720>;
var<workgroup> hidden: array<f32, 60>;

@compute @workgroup_size(64, 1, 1)
fn main(@builtin(local_invocation_id) lid: vec3<u32>) {
  let x = P.x;
  let w = P.w;
  
  for (var c0 = 0u; c0 < 720u; c0 += 16u) {
    let c = c0 + lid.x % 16u;
    let lane = lid.x / 16u;
    var s = 0.0;
    if (c < 720u) {
      for (var q = lane; q < 49u; q += LANES) { s += A[x + q * 720u + c]; }
    }
    partial[lane][lid.x % 16u] = s;
    workgroupBarrier();
    for (var half = LANES / 2u; half > 0u; half /= 2u) {
      if (lane < half) { partial[lane][lid.x % 16u] += partial[lane + half][lid.x % 16u]; }
      workgroupBarrier();
    }
    if (lane == 0u && c < 720u) { pooled[c] = partial[0][lid.x % 16u] / 49.0; }
    workgroupBarrier();
  }
  for (var o = lid.x; o < 60u; o += 64u) {
    var s = W[w + 43200u + o];
    for (var i = 0u; i < 720u; i++) { s += W[w + o * 720u + i] * pooled[i]; }
    hidden[o] = act(vec4<f32>(s)).x;
  }
  workgroupBarrier();
  for (var i = lid.x; i < 720u; i += 64u) {
    var s = W[w + 86460u + i];
    for (var o = 0u; o < 60u; o++) { s += hidden[o] * W[w + 43260u + o * 720u + i]; }
    A[P.gate + i] = gate(vec4<f32>(s)).x;
  }
}

// ---- mixconv_k3x75_k5x75_k7x75_k9x75_s1_7x7_c1200.1200_swish (workgroup_size 64, 1, 1)
struct Params { x: u32, y: u32, w0: u32, w1: u32, w2: u32, w3: u32 }
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
  if (idx >= 14700u) { return; }
  let cb = idx % 300u;
  let pix = idx / 300u;
  let oy = pix / 7u;
  let ox = pix % 7u;
  let x = P.x;
  let y = P.y;
  var acc = vec4<f32>(0.0);
  
  if (cb < 75u) {
    let wb = P.w0 + (cb - 0u) * 40u;
    acc = w4(wb);
    for (var ky = 0; ky < 3; ky++) {
      let iy = i32(oy * 1u) - 1 + ky;
      if (iy < 0 || iy >= 7) { continue; }
      for (var kx = 0; kx < 3; kx++) {
        let ix = i32(ox * 1u) - 1 + kx;
        if (ix < 0 || ix >= 7) { continue; }
        acc += a4(x + (u32(iy) * 7u + u32(ix)) * 1200u + cb * 4u) * w4(wb + 4u + u32(ky * 3 + kx) * 4u);
      }
    }
  }
  else if (cb < 150u) {
    let wb = P.w1 + (cb - 75u) * 104u;
    acc = w4(wb);
    for (var ky = 0; ky < 5; ky++) {
      let iy = i32(oy * 1u) - 2 + ky;
      if (iy < 0 || iy >= 7) { continue; }
      for (var kx = 0; kx < 5; kx++) {
        let ix = i32(ox * 1u) - 2 + kx;
        if (ix < 0 || ix >= 7) { continue; }
        acc += a4(x + (u32(iy) * 7u + u32(ix)) * 1200u + cb * 4u) * w4(wb + 4u + u32(ky * 5 + kx) * 4u);
      }
    }
  }
  else if (cb < 225u) {
    let wb = P.w2 + (cb - 150u) * 200u;
    acc = w4(wb);
    for (var ky = 0; ky < 7; ky++) {
      let iy = i32(oy * 1u) - 3 + ky;
      if (iy < 0 || iy >= 7) { continue; }
      for (var kx = 0; kx < 7; kx++) {
        let ix = i32(ox * 1u) - 3 + kx;
        if (ix < 0 || ix >= 7) { continue; }
        acc += a4(x + (u32(iy) * 7u + u32(ix)) * 1200u + cb * 4u) * w4(wb + 4u + u32(ky * 7 + kx) * 4u);
      }
    }
  }
  else if (cb < 300u) {
    let wb = P.w3 + (cb - 225u) * 328u;
    acc = w4(wb);
    for (var ky = 0; ky < 9; ky++) {
      let iy = i32(oy * 1u) - 4 + ky;
      if (iy < 0 || iy >= 7) { continue; }
      for (var kx = 0; kx < 9; kx++) {
        let ix = i32(ox * 1u) - 4 + kx;
        if (ix < 0 || ix >= 7) { continue; }
        acc += a4(x + (u32(iy) * 7u + u32(ix)) * 1200u + cb * 4u) * w4(wb + 4u + u32(ky * 9 + kx) * 4u);
      }
    }
  }
  store4(y + pix * 1200u + cb * 4u, act(acc));
}

// ---- se_reduce_49_c1200_r100_swish (workgroup_size 64, 1, 1)
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
var<workgroup> pooled: array<f32, 1200>;
var<workgroup> hidden: array<f32, 100>;

@compute @workgroup_size(64, 1, 1)
fn main(@builtin(local_invocation_id) lid: vec3<u32>) {
  let x = P.x;
  let w = P.w;
  
  for (var c0 = 0u; c0 < 1200u; c0 += 16u) {
    let c = c0 + lid.x % 16u;
    let lane = lid.x / 16u;
    var s = 0.0;
    if (c < 1200u) {
      for (var q = lane; q < 49u; q += LANES) { s += A[x + q * 1200u + c]; }
    }
    partial[lane][lid.x % 16u] = s;
    workgroupBarrier();
    for (var half = LANES / 2u; half > 0u; half /= 2u) {
      if (lane < half) { partial[lane][lid.x % 16u] += partial[lane + half][lid.x % 16u]; }
      workgroupBarrier();
    }
    if (lane == 0u && c < 1200u) { pooled[c] = partial[0][lid.x % 16u] / 49.0; }
    workgroupBarrier();
  }
  for (var o = lid.x; o < 100u; o += 64u) {
    var s = W[w + 120000u + o];
    for (var i = 0u; i < 1200u; i++) { s += W[w + o * 1200u + i] * pooled[i]; }
    hidden[o] = act(vec4<f32>(s)).x;
  }
  workgroupBarrier();
  for (var i = lid.x; i < 1200u; i += 64u) {
    var s = W[w + 240100u + i];
    for (var o = 0u; o < 100u; o++) { s += hidden[o] * W[w + 120100u + o * 1200u + i]; }
    A[P.gate + i] = gate(vec4<f32>(s)).x;
  }
}

// ---- mean_reduce_49_c1536 (workgroup_size 64, 1, 1)
struct Params { x: u32, y: u32 }
@group(0) @binding(0) var<storage, read> W: array<f32>;
@group(0) @binding(1) var<storage, read_write> A: array<f32>;
@group(0) @binding(2) var<uniform> P: Params;
fn w4(i: u32) -> vec4<f32> { return vec4<f32>(W[i], W[i + 1u], W[i + 2u], W[i + 3u]); }
fn a4(i: u32) -> vec4<f32> { return vec4<f32>(A[i], A[i + 1u], A[i + 2u], A[i + 3u]); }
fn store4(i: u32, v: vec4<f32>) { A[i] = v.x; A[i + 1u] = v.y; A[i + 2u] = v.z; A[i + 3u] = v.w; }
const LANES = 4u;
var<workgroup> partial: array<array<f32, 16>, 4>;
var<workgroup> pooled: array<f32, 1536>;

@compute @workgroup_size(64, 1, 1)
fn main(@builtin(local_invocation_id) lid: vec3<u32>) {
  let x = P.x;
  
  for (var c0 = 0u; c0 < 1536u; c0 += 16u) {
    let c = c0 + lid.x % 16u;
    let lane = lid.x / 16u;
    var s = 0.0;
    if (c < 1536u) {
      for (var q = lane; q < 49u; q += LANES) { s += A[x + q * 1536u + c]; }
    }
    partial[lane][lid.x % 16u] = s;
    workgroupBarrier();
    for (var half = LANES / 2u; half > 0u; half /= 2u) {
      if (lane < half) { partial[lane][lid.x % 16u] += partial[lane + half][lid.x % 16u]; }
      workgroupBarrier();
    }
    if (lane == 0u && c < 1536u) { pooled[c] = partial[0][lid.x % 16u] / 49.0; }
    workgroupBarrier();
  }
  for (var c = lid.x; c < 1536u; c += 64u) { A[P.y + c] = pooled[c]; }
}

// ---- linear_1536_b63 (workgroup_size 64, 1, 1)
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
  if (o >= 1008u) { return; }
  let wb = P.w + (o / 16u) * 24592u + o % 16u;
  var s = W[wb];
  for (var i = 0u; i < 1536u; i++) { s += W[wb + 16u * (i + 1u)] * A[P.x + i]; }
  A[P.y + o] = s;
}
