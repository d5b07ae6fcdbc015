// The package.json that `npm pack` ships: this repository's, less the scripts
// that cannot run in the installed package (building, testing, benchmarking:
// their sources are not shipped). npm packs package.json as it is on disk, so
// `prepack` runs `strip`, which keeps the original as package.json.dev and
// writes the packed one in its place, and `postpack` runs `restore`.
//   node scripts/packed-manifest.mjs strip|restore|print
import { copyFileSync, existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";

const MANIFEST = "package.json";
const KEPT = "package.json.dev";

/** Whether a script runs in the installed package: `node FILE`, FILE among the shipped `files`. */
function runsShippedFile(command, files) {
  const file = /^node (\S+)$/.exec(command)?.[1];
  return file !== undefined && files.some((f) => file === f || file.startsWith(`${f}/`));
}

/** The manifest with only the scripts that run in the installed package. */
function packedManifest(pkg) {
  const scripts = Object.entries(pkg.scripts ?? {}).filter(([, command]) => runsShippedFile(command, pkg.files ?? []));
  return { ...pkg, scripts: Object.fromEntries(scripts) };
}

const packedText = () => `${JSON.stringify(packedManifest(JSON.parse(readFileSync(MANIFEST, "utf8"))), null, 2)}\n`;

const action = process.argv[2];
if (action === "print") process.stdout.write(packedText());
else if (action === "strip") {
  // A kept original means a pack stopped before its postpack: package.json is the packed one.
  if (existsSync(KEPT)) {
    console.error(`${KEPT} exists: an earlier pack did not finish; \`node scripts/packed-manifest.mjs restore\` puts it back as ${MANIFEST}`);
    process.exit(1);
  }
  const text = packedText();
  copyFileSync(MANIFEST, KEPT);
  writeFileSync(MANIFEST, text);
} else if (action === "restore") {
  if (existsSync(KEPT)) renameSync(KEPT, MANIFEST);
} else {
  console.error("usage: node scripts/packed-manifest.mjs strip|restore|print");
  process.exit(2);
}
