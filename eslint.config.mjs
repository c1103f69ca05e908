import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'packages/schema/src/generated/**', '.data/**', 'drizzle/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/modules/*/*.queries', '!./*.queries'], message: 'Call the other module’s service, not its queries.' }] },
      ],
    },
  },
  {
    // A booking's status changes only through the gate (bookings/booking.transition.ts → booking-status.queries.ts).
    files: ['packages/api/src/**/*.ts'],
    ignores: ['packages/api/src/modules/bookings/booking-status.queries.ts', 'packages/api/src/**/*.test.ts', 'packages/api/src/seed/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='set'][callee.object.arguments.0.name='bookings'] Property[key.name='status']",
          message: 'A booking’s status changes only through transitionBooking (modules/bookings/booking.transition.ts).',
        },
        {
          selector: 'TemplateElement[value.raw=/update\\s+bookings\\s+set[^;]*\\bstatus\\s*=/i]',
          message: 'A booking’s status changes only through transitionBooking (modules/bookings/booking.transition.ts).',
        },
      ],
    },
  },
  {
    // Factories and the demo seed build rows directly, like migrations do.
    files: ['packages/api/src/seed/**', 'packages/api/bench/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['packages/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
);
