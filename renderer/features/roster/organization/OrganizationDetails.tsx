import { Anchor, Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Organization } from '../../../../shared/domain';
import { websiteUrl } from '../../../../shared/roster';
import { isSafeExternalUrl } from '../../../../shared/security';
import { label } from '../../../app/labels';
import { useRegia } from '../../../app/RegiaContext';

type OrganizationDetailsProps = {
  /** The organization whose fields are shown. */
  organization: Organization;
};

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" fw={700}>
        {term}
      </Text>
      <Text component="dd" m={0}>
        {children || '—'}
      </Text>
    </div>
  );
}

/** The organization's fields as a description list. */
export function OrganizationDetails({ organization }: OrganizationDetailsProps) {
  const { t } = useRegia();
  const place = [organization.comune, organization.provincia && `(${organization.provincia})`]
    .filter(Boolean)
    .join(' ');
  return (
    <Stack>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" m={0}>
        <Detail term={t('roster.field.type')}>
          {label.organizationType(t, organization.type)}
        </Detail>
        <Detail term={t('roster.field.taxCode')}>{organization.taxCode}</Detail>
        <Detail term={t('roster.field.vatNumber')}>{organization.vatNumber}</Detail>
        <Detail term={t('roster.field.comune')}>{place}</Detail>
        <Detail term={t('roster.field.address')}>{organization.address}</Detail>
        <Detail term={t('roster.field.email')}>
          {organization.email && (
            <Anchor href={`mailto:${organization.email}`}>{organization.email}</Anchor>
          )}
        </Detail>
        <Detail term={t('roster.field.pec')}>
          {organization.pec && (
            <Anchor href={`mailto:${organization.pec}`}>{organization.pec}</Anchor>
          )}
        </Detail>
        <Detail term={t('roster.field.phone')}>
          {organization.phone && (
            <Anchor href={`tel:${organization.phone.replace(/[^\d+]/g, '')}`}>
              {organization.phone}
            </Anchor>
          )}
        </Detail>
        <Detail term={t('roster.field.website')}>
          {organization.website &&
            // Only https links go to the system browser; an http one would be refused silently.
            (isSafeExternalUrl(websiteUrl(organization.website)) ? (
              <Anchor
                href={websiteUrl(organization.website)}
                target="_blank"
                rel="noreferrer noopener"
              >
                {organization.website}
              </Anchor>
            ) : (
              <>
                {organization.website}
                <Text component="span" display="block" size="sm">
                  {t('roster.field.websiteInsecure')}
                </Text>
              </>
            ))}
        </Detail>
      </SimpleGrid>
      <Stack component="dl" m={0}>
        <Detail term={t('roster.field.areasOfWork')}>
          {organization.areasOfWork.length > 0 && (
            <Group gap="xs" component="span">
              {organization.areasOfWork.map((area) => (
                <Badge key={area} variant="outline" color="gray">
                  {area}
                </Badge>
              ))}
            </Group>
          )}
        </Detail>
        <Detail term={t('roster.field.notes')}>
          {organization.notes && (
            <span style={{ whiteSpace: 'pre-wrap' }}>{organization.notes}</span>
          )}
        </Detail>
      </Stack>
    </Stack>
  );
}
