import { Stack } from '@mantine/core';
import type { JSX } from 'react';
import { PackageDownload } from '../components/package-download.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { ReportDownloads } from '../components/report-downloads.tsx';

export function ReportsPage(): JSX.Element {
  return (
    <Stack>
      <PageHeader
        title="Reports"
        subtitle="Drafts rendered from one report model: every format says the same thing (docs/reports.md)"
      />
      <ReportDownloads />
      <PackageDownload />
    </Stack>
  );
}
