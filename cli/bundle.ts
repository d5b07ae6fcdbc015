// Reading a bundle from the command line: load it with the runtime, turning its
// errors into one-line user errors that name the file.
import { UserError } from "../compiler/errors.ts";
import { readInput } from "../compiler/api.ts";
import { BundleError, loadModel, type Model } from "../runtime/index.ts";

/** A path is taken as a bundle when it names a .wasm file. */
export const isBundlePath = (path: string) => path.endsWith(".wasm");

export async function loadBundle(path: string, relaxedSimd = true): Promise<Model> {
  const bytes = readInput(path, "bundle");
  try {
    return await loadModel(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), { backend: "wasm", relaxedSimd });
  } catch (e) {
    if (e instanceof BundleError) throw new UserError(`${path}: ${e.message}`);
    throw e;
  }
}
