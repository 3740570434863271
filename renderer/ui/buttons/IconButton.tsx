import { ActionIcon, Tooltip, type ActionIconProps } from '@mantine/core';
import type { ReactNode } from 'react';

type IconButtonProps = Omit<ActionIconProps, 'children'> & {
  /** The button's accessible name, shown as its tooltip too unless `tooltip` says otherwise. */
  label: string;
  /** A tooltip with more than the name, such as the shortcut. */
  tooltip?: string;
  onClick: () => void;
  /** The icon. */
  children: ReactNode;
};

/** A button drawn as an icon alone: its name is read by screen readers and shown on hover. */
export function IconButton({ label, tooltip, onClick, children, ...rest }: IconButtonProps) {
  return (
    <Tooltip label={tooltip ?? label}>
      <ActionIcon variant="subtle" {...rest} aria-label={label} onClick={onClick}>
        {children}
      </ActionIcon>
    </Tooltip>
  );
}
