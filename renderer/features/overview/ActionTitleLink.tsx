import { Anchor } from '@mantine/core';

/** An action's title as a link-styled button that opens the action. */
export function ActionTitleLink(props: {
  id: string;
  title: string;
  onOpen: (id: string) => void;
}) {
  return (
    <Anchor
      component="button"
      type="button"
      size="sm"
      ta="left"
      fw={500}
      onClick={() => props.onOpen(props.id)}
    >
      {props.title}
    </Anchor>
  );
}
