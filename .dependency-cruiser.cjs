/**
 * Import rules `npm run lint` enforces (dependency-cruiser). The layering they keep is described in CONTRIBUTING.md
 * ("Layers"); `pnpm graph` draws the module graph from the same analysis.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import circles: move the shared piece to its own file, or let the reaction flow through an event.',
      from: { path: '^packages/(api|web)/src' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
