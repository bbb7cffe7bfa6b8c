// Compiles src/**/*.sol with the pinned npm solc (standard JSON) and writes
//   <out>/build/<Name>.json        ABI + creation bytecode of each deployable contract
//   <out>/build/test/<Name>.json   the same for the test contracts under src/test
//   <out>/build/build-info.json    compiler version and settings
//   <tmp>/main.json, <tmp>/test.json  input for the Go binding generator
// Usage: node scripts/compile.js <out> <tmp>
"use strict";
const fs = require("fs");
const path = require("path");
const solc = require("solc");

const here = path.resolve(__dirname, "..");
const [out, tmp] = process.argv.slice(2);
if (!out || !tmp) {
  console.error("usage: node scripts/compile.js <out> <tmp>");
  process.exit(2);
}

// Fixed settings: the bytecode depends only on the sources and these.
const settings = {
  optimizer: { enabled: true, runs: 10000 },
  evmVersion: "cancun",
  // No metadata hash in the bytecode: it would change with file paths and comments.
  metadata: { bytecodeHash: "none", appendCBOR: false },
  outputSelection: { "*": { "*": ["abi", "evm.bytecode.object"] } },
};

function listSol(dir) {
  const found = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) found.push(...listSol(p));
    else if (e.name.endsWith(".sol")) found.push(p);
  }
  return found.sort();
}

const sources = {};
for (const file of listSol(path.join(here, "src"))) {
  const key = path.relative(here, file).split(path.sep).join("/");
  sources[key] = { content: fs.readFileSync(file, "utf8") };
}

function findImports(p) {
  if (p.startsWith("@openzeppelin/")) {
    return { contents: fs.readFileSync(path.join(here, "node_modules", p), "utf8") };
  }
  const local = path.join(here, p);
  if (fs.existsSync(local)) return { contents: fs.readFileSync(local, "utf8") };
  return { error: "not found: " + p };
}

const input = { language: "Solidity", sources, settings };
const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
let failed = false;
for (const e of output.errors || []) {
  if (e.severity === "error") failed = true;
  // OpenZeppelin's own warnings (transient storage in its reentrancy guard) are known and accepted.
  const file = e.sourceLocation ? e.sourceLocation.file : "";
  if (e.severity === "error" || !file.startsWith("@openzeppelin/")) console.error(e.formattedMessage);
}
if (failed) process.exit(1);

const bundles = { main: [], test: [] };
fs.mkdirSync(path.join(out, "build", "test"), { recursive: true });
fs.mkdirSync(tmp, { recursive: true });
for (const source of Object.keys(output.contracts).sort()) {
  if (!source.startsWith("src/")) continue;
  const isTest = source.startsWith("src/test/");
  for (const name of Object.keys(output.contracts[source]).sort()) {
    const c = output.contracts[source][name];
    const bytecode = c.evm.bytecode.object;
    // Skip interfaces and abstract contracts (no bytecode) and internal libraries (no ABI).
    if (!bytecode || c.abi.length === 0) continue;
    const artifact = { contractName: name, sourceName: source, abi: c.abi, bytecode: "0x" + bytecode };
    const file = path.join(out, "build", isTest ? "test" : "", name + ".json");
    fs.writeFileSync(file, JSON.stringify(artifact, null, 2) + "\n");
    bundles[isTest ? "test" : "main"].push({ name, abi: c.abi, bin: "0x" + bytecode });
  }
}
const info = {
  compiler: "solc " + solc.version(),
  npmPackages: {
    solc: require("solc/package.json").version,
    "@openzeppelin/contracts": require("@openzeppelin/contracts/package.json").version,
  },
  settings,
};
fs.writeFileSync(path.join(out, "build", "build-info.json"), JSON.stringify(info, null, 2) + "\n");
for (const [k, v] of Object.entries(bundles)) {
  fs.writeFileSync(path.join(tmp, k + ".json"), JSON.stringify(v));
}
