// What the edge worker's `import x from "./name.wasm"` gives: a compiled module.
declare module "*.wasm" {
  const module: WebAssembly.Module;
  export default module;
}
