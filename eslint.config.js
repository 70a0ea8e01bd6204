// Lint rules, including the dependency rule of docs/architecture.md:
//   server, web, cli → use-cases → domain, solver;  storage, mail, exports implement ports.ts.
import tseslint from 'typescript-eslint';

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const rule = (group, message) => ({ group, message });

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/domain/**'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      ...restrict([
        rule(['**/storage/**', '**/server/**', '**/web/**', '**/mail/**', '**/exports/**', '**/cli/**', '**/use-cases/**', '**/solver/**', 'node:*', 'fs', 'kysely', 'fastify', 'pg', 'better-sqlite3'],
          'The domain is pure: no I/O, no frameworks, no other layers. Pass what you need in as arguments.'),
      ]),
      'no-restricted-properties': ['error',
        { object: 'Date', property: 'now', message: 'Time comes from the injected Clock.' },
        { object: 'Math', property: 'random', message: 'Randomness comes from a seed or the TokenService.' }],
    },
  },
  {
    files: ['src/solver/**'],
    ignores: ['src/solver/**/*.test.ts'],
    rules: {
      ...restrict([
        rule(['../*', '!./*', 'node:*', 'zod', 'kysely', 'fastify'],
          'The solver is a pure library that imports nothing but itself (it could be its own package).'),
      ]),
      'no-restricted-properties': ['error',
        { object: 'Date', property: 'now', message: 'The deadline comes in as an argument.' },
        { object: 'Math', property: 'random', message: 'Use the seeded generator.' }],
    },
  },
  {
    files: ['src/use-cases/**'],
    rules: restrict([
      rule(['**/storage/**', '**/server/**', '**/web/**', '**/mail/**', '**/exports/**', '**/cli/**', 'kysely', 'fastify', 'pg', 'better-sqlite3', 'nodemailer'],
        'Use cases talk to the world only through ports.ts; storage, mail and exports implement those ports.'),
    ]),
  },
  {
    files: ['src/web/**'],
    rules: restrict([
      rule(['**/storage/**', 'kysely', 'pg', 'better-sqlite3', '**/server/**'],
        'Pages render view models; they never read the database or know about HTTP.'),
    ]),
  },
  {
    files: ['src/storage/**', 'src/mail/**', 'src/exports/**'],
    rules: restrict([
      rule(['**/server/**', '**/web/**', '**/cli/**', '**/use-cases/**'],
        'Adapters implement ports.ts; they do not call use cases or the HTTP layer.'),
    ]),
  },
  {
    files: ['src/server/**'],
    rules: restrict([
      rule(['**/storage/**', 'kysely', 'pg', 'better-sqlite3'],
        'Routes parse, call a use case and render; database access lives in storage/ behind ports.ts.'),
    ]),
  },
);
