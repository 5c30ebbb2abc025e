import { type ImportResult, importEvidence } from './import-evidence.ts';
import { withWorkspace } from './with-workspace.ts';

/**
 * `evident import`: each file is its own all-or-nothing transaction; `onImported` is called after a
 * file's commit returned (it is durable then), which is when the CLI acknowledges it.
 */
export function importFiles(
  dir: string,
  files: string[],
  options: {
    format?: string;
    onImported?: (r: ImportResult) => void;
    onProgress?: (file: string, stored: number) => void;
  },
): Promise<ImportResult[]> {
  return withWorkspace(dir, async (ws) => {
    const results: ImportResult[] = [];
    for (const file of files) {
      const result = await importEvidence(ws, file, {
        ...(options.format ? { format: options.format } : {}),
        ...(options.onProgress ? { onProgress: (n: number) => options.onProgress?.(file, n) } : {}),
      });
      results.push(result);
      options.onImported?.(result);
    }
    return results;
  });
}
