import { List } from '@mantine/core';
import type { ChangeTerms_TermsFragment } from '@skillcall/schema';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { assertNever } from '../../lib/errors';
import { formatMoney } from '../../lib/format';
import { currentLanguage, type Language } from '../../lib/i18n';
import { useNow } from '../../lib/use-now';
import { useDateFormat } from '../identity/use-date-format';

type Statement = ChangeTerms_TermsFragment['statements'][number];

/** One statement of the API's terms in words; the API decides which apply, this only words them. */
function statementText(s: Statement, t: TFunction, dateTime: (iso: string) => string, language: Language): string {
  const date = s.at ? dateTime(s.at) : '';
  const percent = s.percent ?? 0;
  switch (s.kind) {
    case 'REFUND_NOW':
      return s.amount
        ? t('booking.terms.statement.REFUND_NOW_AMOUNT', { percent, amount: formatMoney(s.amount, language) })
        : t('booking.terms.statement.REFUND_NOW', { percent });
    case 'FREE_UNTIL_START':
    case 'GRACE_UNTIL':
    case 'REFUND_UNTIL':
    case 'MOVE_UNTIL':
      return t(`booking.terms.statement.${s.kind}`, { date, percent });
    case 'FREE':
    case 'NOTHING_CHARGED_YET':
    case 'UNPAID':
    case 'EXPERT_REFUNDS_ALL':
    case 'MOVE_STARTED':
    case 'MOVE_CLOSED':
      return t(`booking.terms.statement.${s.kind}`);
    default:
      return assertNever(s.kind);
  }
}

const moving = new Set<Statement['kind']>(['MOVE_UNTIL', 'MOVE_STARTED', 'MOVE_CLOSED']);

/**
 * What cancelling (and, unless `cancelOnly`, moving) means now, as the API states it for this booking. A page left
 * open follows the clock: a statement whose date has passed is no longer shown (the live refetch brings the next).
 */
export function ChangeTermsText({ terms, cancelOnly = false }: { terms: ChangeTerms_TermsFragment; cancelOnly?: boolean }) {
  const { t } = useTranslation();
  const { dateTime } = useDateFormat();
  const language = currentLanguage();
  const now = useNow(30_000).getTime();
  const shown = terms.statements.filter((s) => (!s.at || Date.parse(s.at) > now) && !(cancelOnly && moving.has(s.kind)));
  return (
    <List size="sm" spacing={4} data-testid="change-terms">
      {shown.map((s) => (
        <List.Item key={s.kind}>{statementText(s, t, dateTime, language)}</List.Item>
      ))}
    </List>
  );
}
