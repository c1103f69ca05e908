/** The messages module's live topic: one per person, carrying which conversation changed and how. */
export const inboxTopic = (userId: string) => `inbox:${userId}`;

export interface InboxEvent {
  kind: 'MESSAGE' | 'READ' | 'BLOCK';
  conversationId: string;
  messageId: string | null;
}
