import { describe, expect, it } from 'vitest';
import { groupStrings, groupsNamedIn, planStrings, stringGroups } from './strings-per-chunk';

const strings = {
  app: { name: 'Skillcall' },
  bookingStatus: { CONFIRMED: 'Confirmed', CANCELLED: 'Cancelled' },
  admin: { title: 'Admin', queue: { title: 'Queue', empty: 'x'.repeat(3000) }, audit: { title: 'Audit' } },
};
const groups = new Set(stringGroups(strings));

describe('the strings each chunk brings', () => {
  it('cuts a large top-level key at its sections, keeping its plain strings together', () => {
    expect([...groups]).toEqual(['app', 'bookingStatus', 'admin', 'admin.queue', 'admin.audit']);
    expect(groupStrings(strings, 'admin', groups)).toEqual({ admin: { title: 'Admin' } });
    expect(groupStrings(strings, 'admin.audit', groups)).toEqual({ admin: { audit: { title: 'Audit' } } });
  });

  it('finds the keys a module names, including keys built from a prefix', () => {
    const code = `t('app.name'); t(\`bookingStatus.\${status}\`); <Trans i18nKey="admin.queue.title" />; import './admin.css';`;
    expect(groupsNamedIn(code, groups)).toEqual(['admin.queue', 'app', 'bookingStatus']);
    expect(groupsNamedIn('t(`admin.${section}.title`)', groups)).toEqual(['admin', 'admin.audit', 'admin.queue']);
    expect(groupsNamedIn("t('admin.title')", groups)).toEqual(['admin']);
  });

  it('loads the first download’s groups before the first render, and each other chunk’s own beside it', () => {
    const chunks = {
      'index.js': { isEntry: true, moduleIds: ['main.tsx', 'Header.tsx'], imports: ['shared.js'], dynamicImports: ['admin.js'] },
      'shared.js': { isEntry: false, moduleIds: ['ErrorState.tsx'], imports: [], dynamicImports: [] },
      'admin.js': { isEntry: false, moduleIds: ['admin.tsx'], imports: ['shared.js'], dynamicImports: [] },
    };
    const named: Record<string, string[]> = { 'Header.tsx': ['app'], 'ErrorState.tsx': ['errors'], 'admin.tsx': ['admin', 'app'] };
    const plan = planStrings(chunks, (id) => named[id] ?? []);
    expect(plan.shell).toEqual(['app', 'errors']);
    expect([...plan.perChunk]).toEqual([['admin.js', ['admin']]]);
  });
});
