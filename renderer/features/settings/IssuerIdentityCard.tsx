import { Card, Stack, Text, Title } from '@mantine/core';
import { useRegia } from '../../app/RegiaContext';
import { useNetworks } from '../../app/useNetworks';
import { NetworkIdentityForm } from '../networks';

/**
 * The current network's letterhead, set where the network's settings are: issuing body,
 * address, PEC, e-mail, logo, place of the letters and who signs. Nothing when there is no network.
 */
export function IssuerIdentityCard() {
  const { t } = useRegia();
  const { current } = useNetworks();
  if (!current) return null;
  return (
    <Card withBorder component="section" aria-labelledby="issuer-identity-heading">
      <Stack gap="xs">
        <Title order={2} size="h3" id="issuer-identity-heading">
          {t('documents.identity.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('documents.identity.forNetwork', { network: current.name })}
        </Text>
        {/* A new network, or the saved one (new revision), starts the form from what is stored. */}
        <NetworkIdentityForm key={`${current.id}:${current.rev}`} network={current} />
      </Stack>
    </Card>
  );
}
