// The layer rules of docs/architecture.md, checked by `npm run lint`. Type-only imports count too:
// a type import still ties a layer to another one's shape.

// Electron as resolved (node_modules may be a symlink, so the path need not start with it) or unresolved.
const ELECTRON = '(^|/)node_modules/electron/|^electron$';
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle means neither module can be understood, tested or loaded without the other.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'analysis-is-pure',
      severity: 'error',
      comment: 'src/main/analysis holds pure functions: no core, no store, no Electron.',
      from: { path: '^src/main/analysis/' },
      to: { path: ['^src/main/core/', '^src/main/store/', ELECTRON] },
    },
    {
      name: 'renderer-imports-only-shared',
      severity: 'error',
      comment: 'The renderer talks to the core only through the API client: it may import src/shared and itself.',
      from: { path: '^src/renderer/' },
      to: { path: ['^src/', ELECTRON], pathNot: ['^src/shared/', '^src/renderer/'] },
    },
    {
      name: 'store-imports-no-handlers',
      severity: 'error',
      comment: 'Stores are below handlers: a store importing a handler turns the layers upside down.',
      from: { path: '^src/.*(store\\.ts$|Store\\.ts$|/store/)' },
      to: { path: '/handlers\\.ts$' },
    },
    {
      name: 'core-without-electron',
      severity: 'error',
      comment: 'The core and analysis run in the CLI and browser mode too, where there is no Electron.',
      from: { path: '^src/main/(core|analysis)/' },
      to: { path: ELECTRON },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(out|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      // Svelte components are part of the renderer; their imports count too.
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.svelte'],
    },
  },
};
