import { Alert, Button, Group, Image, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { logoDataUrl, logoProblem } from '../../../shared/documents';
import type { Network } from '../../../shared/domain';
import { reportFailure } from '../../app/notify';
import { useRegia } from '../../app/RegiaContext';
import { bridge } from '../../bridge';
import { useNetworkIdentityCommand } from './useNetworkIdentityCommand';

type NetworkIdentityFormProps = {
  network: Network;
  /**
   * Called after saving, or when the user cancels (in a dialog). Without it the form stands in a
   * page (the settings): it has no cancel button and stays after saving.
   */
  onDone?: () => void;
};

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The issuing body of the network's documents, set once: name, address, PEC, e-mail, logo
 * (a PNG or JPEG checked by its content, up to 512 KB, kept on the network and so in backups),
 * the place written in the letters and who signs them.
 */
export function NetworkIdentityForm({ network, onDone }: NetworkIdentityFormProps) {
  const { t } = useRegia();
  const save = useNetworkIdentityCommand(network.id);
  const [logo, setLogo] = useState(network.issuerLogo);
  const [logoError, setLogoError] = useState<string | null>(null);
  const address = (value: string): string | null =>
    value.trim() === '' || emailPattern.test(value.trim())
      ? null
      : t('documents.identity.invalidAddress');
  const form = useForm({
    initialValues: {
      issuerName: network.issuerName,
      issuerAddress: network.issuerAddress,
      issuerPec: network.issuerPec,
      issuerEmail: network.issuerEmail,
      issuerPlace: network.issuerPlace,
      presidentName: network.presidentName,
      secretaryName: network.secretaryName,
    },
    validate: { issuerPec: address, issuerEmail: address },
  });
  const chooseLogo = (): void => {
    void reportFailure(t, async () => {
      const file = await bridge.openFile({
        title: t('documents.identity.chooseLogo'),
        filters: [{ name: 'PNG, JPEG', extensions: ['png', 'jpg', 'jpeg'] }],
      });
      if (!file) return;
      const problem = logoProblem(file.bytes);
      setLogoError(
        problem === 'tooLarge'
          ? t('documents.identity.logoTooLarge')
          : problem === 'notAnImage'
            ? t('documents.identity.logoNotImage')
            : null,
      );
      if (!problem) setLogo(logoDataUrl(file.bytes));
    });
  };
  const submit = form.onSubmit(async (values) => {
    if (await save({ ...values, issuerLogo: logo })) onDone?.();
  });
  return (
    // The form's own messages (in the catalog) say what is wrong, not the browser's bubble.
    <form onSubmit={submit} aria-label={t('documents.identity.title')} noValidate>
      <Stack gap="sm">
        <Text size="sm">{t('documents.identity.help')}</Text>
        <TextInput
          label={t('documents.identity.name')}
          placeholder={network.name}
          data-autofocus
          {...form.getInputProps('issuerName')}
        />
        <TextInput
          label={t('documents.identity.address')}
          {...form.getInputProps('issuerAddress')}
        />
        <Group grow align="flex-start">
          <TextInput
            type="email"
            label={t('documents.identity.pec')}
            {...form.getInputProps('issuerPec')}
          />
          <TextInput
            type="email"
            label={t('documents.identity.email')}
            {...form.getInputProps('issuerEmail')}
          />
        </Group>
        <TextInput label={t('documents.identity.place')} {...form.getInputProps('issuerPlace')} />
        <Group grow align="flex-start">
          <TextInput
            label={t('documents.identity.president')}
            {...form.getInputProps('presidentName')}
          />
          <TextInput
            label={t('documents.identity.secretary')}
            {...form.getInputProps('secretaryName')}
          />
        </Group>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('documents.identity.logo')}
          </Text>
          {logo && (
            <Image
              src={logo}
              alt={t('documents.identity.logoPreview')}
              h={64}
              w="auto"
              fit="contain"
            />
          )}
          <Group gap="xs">
            <Button variant="default" onClick={chooseLogo}>
              {t('documents.identity.chooseLogo')}
            </Button>
            {logo && (
              <Button variant="subtle" color="red" onClick={() => setLogo('')}>
                {t('documents.identity.removeLogo')}
              </Button>
            )}
          </Group>
          {logoError && (
            <Alert color="red" role="alert">
              {logoError}
            </Alert>
          )}
        </Stack>
        <Group justify="flex-end">
          {onDone && (
            <Button variant="default" onClick={onDone}>
              {t('common.cancel')}
            </Button>
          )}
          <Button type="submit">{t('documents.identity.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
