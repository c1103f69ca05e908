/** Caret and pointer colours: dark enough for white name labels (4.5:1), one picked per person from their id. */
export const workspaceColors = ['#1864ab', '#a61e4d', '#1f6f35', '#862e9c', '#0b7285', '#c92a2a', '#5f3dc4', '#b03a08'];

export function workspaceColor(personId: string): string {
  let hash = 0;
  for (const char of personId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return workspaceColors[hash % workspaceColors.length]!;
}
