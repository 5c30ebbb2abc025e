import { Badge, Group, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { Criterion, Overview } from '../api/types/overview.ts';
import { words } from '../lib/format.ts';

/**
 * Every criterion in scope (61 with all five categories), by category, in the colour of its status;
 * each cell opens the controls mapped to it.
 */
export function CriteriaGrid({ overview }: { overview: Overview }) {
  return (
    <Stack gap="md" data-testid="overview-criteria-grid">
      {overview.categories.map((category) => {
        const criteria = overview.criteria.filter((c) => c.category === category.id);
        return (
          <Stack gap={6} key={category.id} data-category={category.id}>
            <Group gap="xs">
              <Text fw={600}>{category.title}</Text>
              <Badge color="teal" variant="light">
                {category.criteria.met} met
              </Badge>
              <Badge color="red" variant="light">
                {category.criteria.at_risk} at risk
              </Badge>
              <Badge color="gray" variant="light">
                {category.criteria.no_controls} no controls
              </Badge>
            </Group>
            <SimpleGrid cols={{ base: 5, sm: 8, lg: 12 }} spacing={6}>
              {criteria.map((c) => (
                <CriterionCell key={c.id} criterion={c} />
              ))}
            </SimpleGrid>
          </Stack>
        );
      })}
    </Stack>
  );
}

function CriterionCell({ criterion }: { criterion: Criterion }) {
  const label = `${criterion.id} ${criterion.title}: ${words(criterion.status)}, ${criterion.controls.length} controls`;
  return (
    <Tooltip label={label} multiline w={260} withArrow>
      <Link
        to="/controls"
        search={{ criterion: criterion.id }}
        className="criteria-cell"
        data-criterion={criterion.id}
        data-status={criterion.status}
        aria-label={label}
      >
        {criterion.id}
      </Link>
    </Tooltip>
  );
}
