import { and, desc, eq } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/client';
import { keysetAfter } from '../../platform/db/keyset';
import type { PageRequest } from '../../platform/graphql/connection';
import { outgoingMail } from './mail.table';

/** Newest first, keyset-paged on (created_at, id). */
export function listOutgoingMail(db: DbExecutor, page: PageRequest, toAddress?: string) {
  return db
    .select()
    .from(outgoingMail)
    .where(
      and(
        keysetAfter([outgoingMail.createdAt, outgoingMail.id], page.after, 'desc'),
        toAddress ? eq(outgoingMail.toAddress, toAddress) : undefined,
      ),
    )
    .orderBy(desc(outgoingMail.createdAt), desc(outgoingMail.id))
    .limit(page.limit);
}
