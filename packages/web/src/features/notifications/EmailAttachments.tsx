import { Anchor, Group, Stack, Text } from '@mantine/core';
import type { MailboxEmail_EmailFragment } from '@skillcall/schema';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

type Attachment = MailboxEmail_EmailFragment['attachments'][number];

/** An email's attached files (an .ics invitation…), each downloadable under its own name. */
export function EmailAttachments({ attachments }: { attachments: readonly Attachment[] }) {
  const { t } = useTranslation();
  if (attachments.length === 0) return null;
  return (
    <Stack gap={4} data-testid="mailbox-email-attachments">
      <Text size="sm" fw={600}>
        {t('mailbox.attachments', { count: attachments.length })}
      </Text>
      <Group gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {attachments.map((file, index) => (
          <li key={`${file.filename}-${index}`}>
            <AttachmentLink file={file} />{' '}
            <Text span size="xs" c="dimmed">
              ({file.contentType})
            </Text>
          </li>
        ))}
      </Group>
    </Stack>
  );
}

/**
 * A download link whose Blob URL is made when it is clicked (the browser follows the href it finds once the click
 * handler ran) and released a minute later, so no URL outlives its use.
 */
function AttachmentLink({ file }: { file: Attachment }) {
  const download = (event: MouseEvent<HTMLAnchorElement>) => {
    const url = URL.createObjectURL(new Blob([file.content], { type: file.contentType }));
    event.currentTarget.href = url;
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };
  return (
    <Anchor href="#" download={file.filename} onClick={download} size="sm">
      {file.filename}
    </Anchor>
  );
}
