/**
 * dependency-cruiser rules, checked by `npm run lint` (`depcruise src test`): no import cycles anywhere, and
 * the dependency direction of DESIGN.md (channels → bot → tickets, tracking, nlu → store port). Type-only
 * imports count: a cycle through types still ties two files together.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Two modules that import each other (directly or through others) cannot be read or moved apart.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-stays-below-the-bot',
      severity: 'error',
      comment: 'Domain code (tickets, tracking, nlu, conversations) never reaches up into the bot, channels or wiring.',
      from: { path: '^src/(tickets|tracking|nlu|conversations)/' },
      to: { path: '^src/(bot|channels|cli|wiring)/|^src/(index|server|cli|config)\\.ts$' },
    },
    {
      name: 'store-stays-below-the-domain-services',
      severity: 'error',
      comment: 'The store imports domain records and rules, never the bot, channels, NLU or wiring.',
      from: { path: '^src/store/' },
      to: { path: '^src/(bot|channels|cli|nlu|wiring)/|^src/(index|server|cli|config)\\.ts$' },
    },
    {
      name: 'only-the-composition-root-wires',
      severity: 'error',
      comment:
        'src/wiring/ builds and mounts each capability for index.ts and server.ts; nothing else in src reaches it ' +
        '(a channel only translates, it never wires itself).',
      from: { path: '^src/', pathNot: '^src/(index|server)\\.ts$|^src/wiring/' },
      to: { path: '^src/wiring/' },
    },
  ],
  options: {
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules)/' },
  },
};
