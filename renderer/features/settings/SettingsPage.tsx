import {
  Button,
  Card,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
  useMantineColorScheme,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { isLocale, locales } from '../../../shared/i18n';
import { notifySuccess, reportFailure } from '../../app/notify';
import { PageTitle } from '../../app/PageTitle';
import { useRegia } from '../../app/RegiaContext';
import { BackupPanel } from '../backup';
import { IssuerIdentityCard } from './IssuerIdentityCard';

/** Impostazioni: who the user is, language, theme, the network's letterhead, and backups. */
export function SettingsPage() {
  const { t, settings, updateSettings, appInfo } = useRegia();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const form = useForm({
    initialValues: { userName: settings.userName, userOrganization: settings.userOrganization },
  });
  const saveProfile = form.onSubmit((values) =>
    reportFailure(t, async () => {
      await updateSettings(values);
      notifySuccess(t, t('settings.saved'));
    }),
  );
  return (
    <Stack>
      <PageTitle title={t('settings.title')} />
      <Card withBorder>
        <form onSubmit={saveProfile}>
          <Stack>
            <Title order={2} size="h3">
              {t('settings.profile')}
            </Title>
            <Text>{t('settings.profileHelp')}</Text>
            <Group grow>
              <TextInput label={t('settings.userName')} {...form.getInputProps('userName')} />
              <TextInput
                label={t('settings.userOrganization')}
                {...form.getInputProps('userOrganization')}
              />
            </Group>
            <Group>
              <Button type="submit">{t('common.save')}</Button>
            </Group>
          </Stack>
        </form>
      </Card>
      <Card withBorder>
        <Stack>
          <Select
            label={t('settings.language')}
            data={locales.map((locale) => ({ value: locale, label: t(`language.${locale}`) }))}
            value={settings.language}
            allowDeselect={false}
            onChange={(value) => {
              if (isLocale(value)) void reportFailure(t, () => updateSettings({ language: value }));
            }}
            maw={320}
          />
          <div>
            <Text size="sm" fw={500} mb={4} id="theme-label">
              {t('settings.theme')}
            </Text>
            <SegmentedControl
              aria-labelledby="theme-label"
              value={colorScheme}
              onChange={(value) => setColorScheme(value)}
              data={[
                { value: 'light', label: t('theme.light') },
                { value: 'dark', label: t('theme.dark') },
                { value: 'auto', label: t('theme.auto') },
              ]}
            />
          </div>
          <Text size="sm">
            {t('settings.appInfo', { version: appInfo.version, host: appInfo.host })}
            {' · '}
            {t('settings.dataLocation', { location: appInfo.dataLocation })}
          </Text>
        </Stack>
      </Card>
      <IssuerIdentityCard />
      <BackupPanel />
    </Stack>
  );
}
