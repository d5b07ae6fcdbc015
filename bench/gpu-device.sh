#!/usr/bin/env bash
# bench/gpu.ts on a device machine (the `device` tool: one NVIDIA GPU, no
# network, no Node or npm packages of ours, at most 64 MiB carried over).
#
#   bench/gpu-device.sh pack     here, in the repo root: writes the ignored .gpu-bench/ and .gl/
#   bench/gpu-device.sh run      there: run(command="bash bench/gpu-device.sh run",
#                                           carry=[".gpu-bench", ".gl"], timeout_s=420)
#
# pack bundles bench/gpu.ts with esbuild (the compiler inside) and puts beside it
# this machine's node binary, Dawn (npm webgpu, linux-x64), onnxruntime-web's
# webgpu build and wasm, MixNet-M's ONNX model, input and top-5, and the weights
# the ONNX model lacks (bench/weights-beside-onnx.ts); the Vulkan loader comes
# as a Debian package (.gl/). MixNet-S does not fit in the same 64 MiB.
# run unpacks them, points the Vulkan loader at the NVIDIA driver, turns off the
# driver's shader disk cache (first inference as on a first visit), and writes
# the report to $OUT/gpu-bench.txt: float32, then mixc's f16 1x1 kernels where
# the adapter has shader-f16.
set -euo pipefail
MODEL=${MODEL:-mixnet_m}
SHARED=${SHARED:-../shared}

pack() {
  local stage=.gpu-bench/stage
  rm -rf .gpu-bench && mkdir -p "$stage/shared/onnx" "$stage/shared/fixtures/$MODEL"
  npx esbuild bench/gpu.ts --bundle --platform=node --format=esm --target=node20 --log-level=warning \
    --external:webgpu --external:onnxruntime-web --outfile="$stage/gpu.mjs"
  cp "$(command -v node)" "$stage/node"
  local mods=node_modules
  mkdir -p "$stage/$mods/webgpu/dist/linux-x64" "$stage/$mods/onnxruntime-web/dist"
  cp $mods/webgpu/{package.json,index.js} "$stage/$mods/webgpu/"
  cp $mods/webgpu/dist/linux-x64/dawn.node "$stage/$mods/webgpu/dist/linux-x64/"
  cp $mods/onnxruntime-web/package.json "$stage/$mods/onnxruntime-web/"
  cp $mods/onnxruntime-web/dist/{ort.webgpu.bundle.min.mjs,ort-wasm-simd-threaded.asyncify.wasm} "$stage/$mods/onnxruntime-web/dist/"
  cp "$SHARED/onnx/$MODEL.onnx" "$stage/shared/onnx/"
  cp "$SHARED/fixtures/$MODEL/"{input.bin,meta.json} "$stage/shared/fixtures/$MODEL/"
  npx tsx bench/weights-beside-onnx.ts "$SHARED/fixtures/$MODEL/weights.safetensors" "$SHARED/onnx/$MODEL.onnx" "$stage/shared/fixtures/$MODEL/weights.safetensors"
  tar -cJf .gpu-bench/pack.tar.xz -C "$stage" . && rm -rf "$stage"
  # The Vulkan loader, as /work/.library/device/README.md says to bring it (amd64 package lists kept in /tmp).
  mkdir -p .gl /tmp/amd64/partial
  local o=(-oAPT::Architecture=amd64 -oAPT::Architectures=amd64 -oDir::State::Lists=/tmp/amd64)
  apt-get "${o[@]}" update >/dev/null && (cd .gl && apt-get "${o[@]}" download libvulkan1 >/dev/null)
  du -ch .gpu-bench/pack.tar.xz .gl/*.deb | tail -1
  git ls-files -z --cached --others --exclude-standard | du -ch --files0-from=- | tail -1 | sed 's/total$/the working tree, which travels too (64 MiB in all)/'
}

run() {
  local dir=/tmp/gpu-bench out=${OUT:-.}
  for f in .gl/*.deb; do dpkg -x "$f" /; done
  ldconfig
  mkdir -p $dir && tar -xJf .gpu-bench/pack.tar.xz -C $dir
  local icd=/usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json
  if [ -f $icd ]; then export VK_DRIVER_FILES=$icd VK_ICD_FILENAMES=$icd; else echo "no NVIDIA Vulkan driver at $icd" >&2; fi
  export __GL_SHADER_DISK_CACHE=0
  { nvidia-smi --query-gpu=name,driver_version --format=csv,noheader || true; } | tee "$out/gpu-bench.txt"
  for precision in f32 f16; do
    $dir/node $dir/gpu.mjs --shared $dir/shared --models "$MODEL" --require-gpu --gpu-precision $precision \
      --warmup "${WARMUP:-20}" --rounds "${ROUNDS:-100}" 2>&1 | tee -a "$out/gpu-bench.txt"
  done
}

case "${1:-}" in
  pack) pack ;;
  run) run ;;
  *) echo "usage: bench/gpu-device.sh pack|run" >&2; exit 2 ;;
esac
