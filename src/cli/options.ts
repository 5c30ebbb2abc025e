import type { Command } from 'commander';

export type CommonOptions = { dir: string; json?: boolean };

/** Every command takes the programme folder; every command that prints data takes --json. */
export const withDir = (cmd: Command): Command =>
  cmd.option('-C, --dir <path>', 'the programme folder', process.cwd());

export const withJson = (cmd: Command): Command => cmd.option('--json', 'print JSON (shapes in docs/cli.md)');
