import { ApiError } from './api-error.ts';

/**
 * Fetches a file (a POST such as the evidence package cannot be a plain link) and hands it to the
 * browser as a download, named by the server's Content-Disposition when it gives one.
 */
export async function downloadFile(path: string, init: RequestInit, fallbackName: string): Promise<string> {
  const response = await fetch(path, { ...init, credentials: 'same-origin' });
  if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => undefined));
  const name = filenameOf(response.headers.get('Content-Disposition')) ?? fallbackName;
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // Revoked on the next task: the click has started the download by then.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
  return name;
}

function filenameOf(disposition: string | null): string | undefined {
  const match = disposition && /filename="([^"]+)"/.exec(disposition);
  return match ? match[1] : undefined;
}
