// `npm run build`, the one build: the extension host bundles (Node, CommonJS, `vscode` external),
// one browser bundle per webview panel (webview/<panel>/main.ts), and the developer scripts that run
// from the repository (the sandbox CLI, `npm run demo`, `npm run host:install`), all into dist/.
// `--production` minifies and drops source maps; `--watch` rebuilds on change; `--outdir=<dir>`
// builds into another folder (npm run bench builds its production copy there, leaving dist/ alone).
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const outdirArg = process.argv.find((arg) => arg.startsWith('--outdir='));
const outdir = path.resolve(__dirname, outdirArg ? outdirArg.slice('--outdir='.length) : 'dist');

/** Every folder under webview/ with a main.ts is a panel bundle; webview/common is shared code. */
function webviewEntryPoints() {
  const root = path.join(__dirname, 'webview');
  if (!fs.existsSync(root)) return {};
  const entries = {};
  for (const name of fs.readdirSync(root)) {
    const main = path.join(root, name, 'main.ts');
    if (name !== 'common' && fs.existsSync(main)) entries[`webview/${name}`] = main;
  }
  return entries;
}

/** Prints esbuild's problems in the `file:line:col: error: text` form VS Code's problem matchers read. */
const problemReporter = {
  name: 'problem-reporter',
  setup(build) {
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        const where = location ? `${location.file}:${location.line}:${location.column}: ` : '';
        console.error(`${where}error: ${text}`);
      }
      if (watch) console.log(`[watch] build finished (${result.errors.length} errors)`);
    });
  },
};

/**
 * RDKit MinimalLib is copied to dist/rdkit/ (loader as index.js, the WASM beside it), not bundled:
 * RDKit's worker (dist/chemWorker.js) requires it by a computed path when it starts, on the first
 * hover, so activation never parses it.
 */
function copyRdkit() {
  const from = path.join(__dirname, 'node_modules', '@rdkit', 'rdkit', 'dist');
  const to = path.join(outdir, 'rdkit');
  fs.mkdirSync(to, { recursive: true });
  fs.copyFileSync(path.join(from, 'RDKit_minimal.js'), path.join(to, 'index.js'));
  fs.copyFileSync(path.join(from, 'RDKit_minimal.wasm'), path.join(to, 'RDKit_minimal.wasm'));
}

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'silent',
  plugins: [problemReporter],
};

async function main() {
  copyRdkit();
  const contexts = [
    await esbuild.context({
      ...common,
      // The sandbox is its own bundle so activation never loads its seed data (see sandboxLoader.ts).
      // RDKit's worker thread is its own file too: src/chem/rdkit.ts starts dist/chemWorker.js.
      // sandboxCli is `npm run sandbox`, started from the bundle (not shipped: .vscodeignore).
      // mcp is the agent tools' stdio MCP server (src/mcp.ts): shipped, since the extension's MCP
      // provider starts it, and runnable on its own with `node dist/mcp.js`.
      entryPoints: {
        extension: 'src/extension.ts',
        sandbox: 'src/sandbox/server.ts',
        sandboxCli: 'src/sandbox/cli.ts',
        chemWorker: 'src/chem/chemWorker.ts',
        mcp: 'src/mcp.ts',
      },
      define: { SYNAPSE_LENS_VERSION: JSON.stringify(require('./package.json').version) },
      outdir,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['vscode'],
    }),
    await esbuild.context({
      ...common,
      // Run from the repository only (never shipped: .vscodeignore), so their packages stay in
      // node_modules. groupLeader.js sits beside them: scripts/host/processGroups.ts starts it by path.
      entryPoints: {
        'scripts/demo': 'scripts/demo.ts',
        'scripts/hostInstall': 'scripts/host/install.ts',
        'scripts/groupLeader': 'scripts/host/groupLeader.ts',
      },
      outdir,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      packages: 'external',
    }),
  ];
  const webviews = webviewEntryPoints();
  if (Object.keys(webviews).length > 0) {
    contexts.push(
      await esbuild.context({
        ...common,
        entryPoints: webviews,
        outdir,
        platform: 'browser',
        format: 'iife',
        target: 'es2022',
      }),
    );
  }
  if (watch) {
    await Promise.all(contexts.map((ctx) => ctx.watch()));
    return;
  }
  const results = await Promise.all(contexts.map((ctx) => ctx.rebuild()));
  await Promise.all(contexts.map((ctx) => ctx.dispose()));
  if (results.some((r) => r.errors.length > 0)) process.exit(1);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
