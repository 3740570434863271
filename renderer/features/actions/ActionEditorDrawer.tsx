import { Drawer } from '@mantine/core';
import { useRegia } from '../../app/RegiaContext';
import { ActionEditor } from './ActionEditor';

type ActionEditorDrawerProps = {
  /** The action shown; null keeps the drawer closed. */
  actionId: string | null;
  onClose: () => void;
};

/** The action editor in a drawer on the right, so the list stays in view behind it. */
export function ActionEditorDrawer({ actionId, onClose }: ActionEditorDrawerProps) {
  const { t } = useRegia();
  return (
    <Drawer
      opened={actionId !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={t('actions.editor.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      data-testid="action-editor"
    >
      {actionId !== null && <ActionEditor actionId={actionId} onClose={onClose} />}
    </Drawer>
  );
}
