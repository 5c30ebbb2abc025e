import { Button, Card, SimpleGrid, Stack, Text } from '@mantine/core';

const FORMATS = [
  { format: 'html', title: 'Report (HTML)', about: 'The SOC 2 report draft, self-contained' },
  { format: 'pdf', title: 'Report (PDF)', about: 'The same draft printed by Chromium; takes a few seconds' },
  { format: 'md', title: 'Report (Markdown)', about: 'A zip of report.md and its charts' },
  { format: 'xlsx', title: 'Auditor workbook', about: 'Controls matrix, exceptions, populations, samples' },
  { format: 'oscal', title: 'OSCAL', about: 'Assessment results (OSCAL 1.1.2 JSON)' },
] as const;

/**
 * Plain links: the browser sends the session cookie and saves what Content-Disposition names, so a
 * large PDF streams to disk instead of through page memory.
 */
export function ReportDownloads() {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
      {FORMATS.map((f) => (
        <Card withBorder key={f.format}>
          <Stack gap="xs">
            <Text fw={600}>{f.title}</Text>
            <Text size="sm" c="dimmed">
              {f.about}
            </Text>
            <Button
              component="a"
              href={`/api/reports/${f.format}`}
              download
              variant="light"
              data-testid={`report-download-${f.format}`}
            >
              Download {f.format.toUpperCase()}
            </Button>
          </Stack>
        </Card>
      ))}
    </SimpleGrid>
  );
}
