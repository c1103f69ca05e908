/** Caret and pointer colours: dark enough for white name labels (4.5:1), one picked per person from their id. */
const colors = ['#1864ab', '#a61e4d', '#2b8a3e', '#862e9c', '#0b7285', '#c92a2a', '#5f3dc4', '#d9480f'];

export function workspaceColor(personId: string): string {
  let hash = 0;
  for (const char of personId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return colors[hash % colors.length]!;
}
