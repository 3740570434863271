import { Checkbox, Stack, Text } from '@mantine/core';
import type { PostponedItemProposal } from '../../../shared/meetings';
import { formatDate } from '../../app/formatting';
import { useRegia } from '../../app/RegiaContext';

type PostponedItemsChecklistProps = {
  proposals: readonly PostponedItemProposal[];
  /** The ids of the items ticked. */
  value: string[];
  onChange: (value: string[]) => void;
};

/** The items postponed in earlier meetings, offered (all ticked) for the new meeting's agenda. */
export function PostponedItemsChecklist({
  proposals,
  value,
  onChange,
}: PostponedItemsChecklistProps) {
  const { t, locale } = useRegia();
  if (proposals.length === 0) return null;
  return (
    <Checkbox.Group
      label={t('meetings.postponedItems.title')}
      description={t('meetings.postponedItems.hint')}
      value={value}
      onChange={onChange}
    >
      <Stack gap={4} mt="xs" data-testid="postponed-items">
        {proposals.map(({ item, meeting }) => (
          <Checkbox
            key={item.id}
            value={item.id}
            label={
              <>
                {item.title}{' '}
                <Text span size="xs" c="dimmed">
                  (
                  {t('meetings.postponedItems.from', {
                    number: `${meeting.number}/${meeting.year}`,
                    date: formatDate(locale, meeting.date),
                  })}
                  )
                </Text>
              </>
            }
          />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
