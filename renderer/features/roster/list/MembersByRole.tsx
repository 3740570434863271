import { Anchor, Badge, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { label } from '../../../app/labels';
import { useRegia } from '../../../app/RegiaContext';
import { contactFullName } from '../../../../shared/roster';
import { organizationPath } from '../organizationPath';
import { useMembersByRole, type RoleMember } from './useMembersByRole';

type MembersByRoleProps = {
  /** The network whose members are shown. */
  networkId: string;
};

function MemberCard({ member }: { member: RoleMember }) {
  const { t } = useRegia();
  const { organization, membership, representatives, delegates } = member;
  return (
    <Card withBorder padding="sm" component="li">
      <Stack gap={4}>
        <Anchor href={`#${organizationPath(organization.id)}`} fw={600}>
          {organization.name}
        </Anchor>
        <Group gap="xs">
          <Text size="sm">{label.organizationType(t, organization.type)}</Text>
          <Badge variant="outline" color={membership.votingRight ? 'blue' : 'gray'} size="sm">
            {membership.votingRight ? t('roster.withVote') : t('roster.withoutVote')}
          </Badge>
        </Group>
        {representatives.length > 0 && (
          <Text size="sm">
            {t('roster.byRole.representatives', {
              names: representatives.map(contactFullName).join(', '),
            })}
          </Text>
        )}
        {delegates.length > 0 && (
          <Text size="sm">
            {t('roster.field.delegateContactIds')}: {delegates.map(contactFullName).join(', ')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

/** The network's members grouped by role, from capofila to osservatore. */
export function MembersByRole({ networkId }: MembersByRoleProps) {
  const { t } = useRegia();
  const groups = useMembersByRole(networkId);
  if (!groups) return <Loader aria-label={t('common.loading')} />;
  return (
    <Stack gap="lg" data-testid="members-by-role">
      {groups.map(({ role, members }) => (
        <section key={role} aria-labelledby={`role-${role}`}>
          <Group gap="sm" mb="xs">
            <Title order={2} size="h4" id={`role-${role}`}>
              {label.membershipRole(t, role)}
            </Title>
            <Text size="sm">{t('roster.byRole.count', { count: members.length })}</Text>
          </Group>
          {members.length === 0 ? (
            <Text size="sm">{t('roster.byRole.empty')}</Text>
          ) : (
            <SimpleGrid
              cols={{ base: 1, sm: 2, lg: 3 }}
              component="ul"
              style={{ listStyle: 'none', padding: 0, margin: 0 }}
            >
              {members.map((member) => (
                <MemberCard key={member.membership.id} member={member} />
              ))}
            </SimpleGrid>
          )}
        </section>
      ))}
    </Stack>
  );
}
