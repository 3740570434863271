import { Alert, Button, Center, MantineProvider, Stack } from '@mantine/core';
import { translate, type Locale } from '../../shared/i18n';
import { describeStorageError } from '../db';
import { theme } from './theme';

type StartupErrorProps = {
  /** Why the database could not be opened. */
  error: unknown;
  locale?: Locale;
};

/** Shown instead of the app when the data cannot be opened safely. */
export function StartupError({ error, locale = 'it' }: StartupErrorProps) {
  const message = describeStorageError(error);
  return (
    <MantineProvider theme={theme}>
      <Center mih="100vh" p="xl">
        <Stack maw={640}>
          <Alert color="red" title={translate(locale, 'error.title')} role="alert">
            {translate(locale, message.key, message.params)}
          </Alert>
          <Button onClick={() => location.reload()} w="fit-content">
            {translate(locale, 'error.reload')}
          </Button>
        </Stack>
      </Center>
    </MantineProvider>
  );
}
