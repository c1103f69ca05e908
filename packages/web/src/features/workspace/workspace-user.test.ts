import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../lib/contrast';
import { workspaceColor, workspaceColors } from './workspace-user';

describe('caret colours', () => {
  it('keep the white name on them readable (4.5:1)', () => {
    for (const color of workspaceColors) expect(contrastRatio(color, '#ffffff'), color).toBeGreaterThanOrEqual(4.5);
  });

  it('are the same for a person every time', () => {
    expect(workspaceColor('person-1')).toBe(workspaceColor('person-1'));
    expect(workspaceColors).toContain(workspaceColor('person-2'));
  });
});
