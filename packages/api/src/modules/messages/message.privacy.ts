/**
 * What the messages module keeps about a person: their conversations, in their export (both sides' messages, the
 * other side by name only); and their erasure: the other side keeps the thread (the name becomes "Deleted user"
 * with the account or profile), while the erased person's images are removed.
 */
import type { Context } from '../../platform/context';
import { findUser } from '../identity/identity.service';
import { conversationsOfParticipant, deleteImagesOf, imagesOf } from './message.queries';
import { participantOf } from './message.service';
import { imageStorageKey } from './message-images';

export async function conversationsDataOf(ctx: Context, userId: string) {
  const who = await participantOf(ctx, userId);
  const { conversations, messages } = await conversationsOfParticipant(ctx.db, who);
  const images = await imagesOf(
    ctx.db,
    messages.map((m) => m.id),
  );
  return Promise.all(
    conversations.map(async (c) => {
      const side = c.userId === userId ? 'USER' : 'EXPERT';
      const other =
        side === 'USER'
          ? ((await ctx.loaders.expertById.load(c.expertId))?.displayName ?? null)
          : ((await findUser(ctx, c.userId))?.displayName ?? null);
      return {
        id: c.id,
        yourSide: side,
        with: other,
        startedAt: c.createdAt,
        blockedByYou: (side === 'USER' ? c.userBlockedAt : c.expertBlockedAt) !== null,
        messages: messages
          .filter((m) => m.conversationId === c.id)
          .map((m) => ({
            from: m.senderSide === side ? 'you' : 'them',
            body: m.body,
            sentAt: m.createdAt,
            links: m.cards.map((card) => card.url),
            proposal: m.proposal,
            images: images.filter((image) => image.messageId === m.id).length,
          })),
      };
    }),
  );
}

/** Removes the person's images (rows now; the stored files once the transaction commits). */
export async function eraseMessagingOf(tx: Context, userId: string): Promise<{ removeImages: () => Promise<void> }> {
  const ids = await deleteImagesOf(tx.db, userId);
  return {
    removeImages: async () => {
      for (const id of ids) await tx.adapters.recordings.remove(imageStorageKey(id)).catch(() => {});
    },
  };
}
