/**
 * A thread as shown: the page's history and the messages that arrived live since, each once, oldest first (the two
 * overlap around the moment the page loaded, and a message this page sent arrives live too). A message that comes
 * again (read, edited, erased) replaces the earlier copy.
 */
export interface ThreadItem {
  id: string;
  createdAt: string;
}

export function mergeThread<T extends ThreadItem>(...lists: (readonly T[])[]): T[] {
  const byId = new Map<string, T>();
  for (const list of lists) for (const item of list) byId.set(item.id, item);
  return [...byId.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** What a count badge shows: the number up to 99, then "99+". */
export function unreadLabel(count: number): string {
  return count > 99 ? '99+' : String(count);
}

/**
 * Whether the other side has read this message of the viewer's: it said so when loaded, or the conversation's read
 * mark (which live read events move) has reached it since.
 */
export function readByOther(message: { readByOther: boolean; createdAt: string }, otherReadUpTo: string | null): boolean {
  return message.readByOther || (otherReadUpTo !== null && Date.parse(message.createdAt) <= Date.parse(otherReadUpTo));
}
