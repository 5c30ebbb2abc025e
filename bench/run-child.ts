import { spawn } from 'node:child_process';

export type ChildRun<T> = { output: T; wallSeconds: number };

/**
 * Runs `node [nodeFlags] --import tsx <script> <args>` in its own process, so what it measures
 * (peak RSS above all) is its own. The child reports one JSON object as the last line of stdout;
 * its stderr (progress lines) goes straight to ours.
 */
export function runChild<T>(
  script: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; nodeFlags?: readonly string[] },
): Promise<ChildRun<T>> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...(options.nodeFlags ?? []), '--import', 'tsx', script, ...args],
      { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let stdout = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (text: string) => {
      stdout += text;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code !== 0) {
        reject(new Error(`${script} exited with ${signal ?? `code ${code}`}`));
        return;
      }
      const last = stdout.trim().split('\n').at(-1) ?? '';
      try {
        resolve({ output: JSON.parse(last) as T, wallSeconds: (performance.now() - started) / 1000 });
      } catch {
        reject(new Error(`${script} did not end with a JSON line: ${last.slice(0, 200)}`));
      }
    });
  });
}
