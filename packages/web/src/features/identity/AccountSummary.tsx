import { Badge, DataList, Group, Paper } from '@mantine/core';
import type { AccountSummary_UserFragment } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from './use-date-format';

/** Name, email (and whether it is confirmed), roles and membership date of the signed-in account. */
export function AccountSummary({ user }: { user: AccountSummary_UserFragment }) {
  const { t } = useTranslation();
  const { date } = useDateFormat();
  return (
    <Paper withBorder radius="md" p="lg">
      <DataList labelWidth={140}>
        <DataList.Item>
          <DataList.ItemLabel>{t('account.summary.name')}</DataList.ItemLabel>
          <DataList.ItemValue data-testid="account-name">{user.displayName}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('account.summary.email')}</DataList.ItemLabel>
          <DataList.ItemValue>
            <Group gap={8}>
              <span data-testid="account-email">{user.email}</span>
              <Badge color={user.emailVerified ? 'teal' : 'orange'} variant="light" data-testid="account-email-status">
                {user.emailVerified ? t('account.summary.emailConfirmed') : t('account.summary.emailNotConfirmed')}
              </Badge>
            </Group>
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('account.summary.roles')}</DataList.ItemLabel>
          <DataList.ItemValue data-testid="account-roles">
            <Group gap={6}>
              {user.roles.map((role) => (
                <Badge key={role} variant="light">
                  {t(`account.roles.${role}`)}
                </Badge>
              ))}
            </Group>
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('account.summary.memberSince')}</DataList.ItemLabel>
          <DataList.ItemValue data-testid="account-member-since">
            <time dateTime={user.createdAt}>{date(user.createdAt)}</time>
          </DataList.ItemValue>
        </DataList.Item>
      </DataList>
    </Paper>
  );
}
