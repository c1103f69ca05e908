import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const otherModulesQueries = {
  group: ['**/modules/*/*.queries', '!./*.queries'],
  message: 'Call the other module’s service, not its queries.',
};
const jobQueueOnlyInPlatform = {
  name: 'graphile-worker',
  message: 'Enqueue a job definition with enqueue(db, job, payload) (platform/jobs/queue.ts), not graphile-worker directly.',
};

/**
 * A booking's status changes only through its gate (bookings/booking.transition.ts → booking-status.queries.ts), and
 * a help request's through its own (instant/help-request.transition.ts → help-request-status.queries.ts).
 */
const statusWriters = [
  'packages/api/src/modules/bookings/booking-status.queries.ts',
  'packages/api/src/modules/instant/help-request-status.queries.ts',
];
const statusGate = {
  bookings: 'transitionBooking (modules/bookings/booking.transition.ts)',
  helpRequests: 'closeHelpRequest (modules/instant/help-request.transition.ts)',
};
const statusWrites = [
  ...Object.entries(statusGate).map(([table, gate]) => ({
    selector: `CallExpression[callee.property.name='set'][callee.object.arguments.0.name='${table}'] Property[key.name='status']`,
    message: `A ${table === 'bookings' ? 'booking' : 'help request'}’s status changes only through ${gate}.`,
  })),
  {
    selector: 'TemplateElement[value.raw=/update\\s+(bookings|help_requests)\\s+set[^;]*\\bstatus\\s*=/i]',
    message: 'A booking’s or help request’s status changes only through its gate (transitionBooking, closeHelpRequest).',
  },
];
/** Jobs are added only as typed definitions (platform/jobs/job-definition.ts), never by name. */
const untypedJobs = [
  {
    selector: "CallExpression[callee.name='enqueue'][arguments.1.type=/^(Literal|TemplateLiteral)$/]",
    message: 'Enqueue a job definition (defineJob in a module’s *.jobs.ts), not a task name.',
  },
  {
    selector:
      "CallExpression[callee.name='enqueue'][arguments.1.type='TSAsExpression'][arguments.1.expression.type=/^(Literal|TemplateLiteral)$/]",
    message: 'Enqueue a job definition (defineJob in a module’s *.jobs.ts), not a task name (even cast).',
  },
  {
    selector: 'TemplateElement[value.raw=/graphile_worker\\.add_job/]',
    message: 'Add jobs with enqueue(db, job, payload) (platform/jobs/queue.ts).',
  },
];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'packages/schema/src/generated/**', '.data/**', 'drizzle/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: [otherModulesQueries], paths: [jobQueueOnlyInPlatform] }],
    },
  },
  {
    files: ['packages/api/src/**/*.{ts,tsx}'],
    ignores: [...statusWriters, 'packages/api/src/platform/jobs/**', 'packages/api/src/**/*.test.ts', 'packages/api/src/seed/**'],
    rules: { 'no-restricted-syntax': ['error', ...statusWrites, ...untypedJobs] },
  },
  {
    files: statusWriters,
    rules: { 'no-restricted-syntax': ['error', ...untypedJobs] },
  },
  {
    files: ['packages/api/src/platform/jobs/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [otherModulesQueries] }] },
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
