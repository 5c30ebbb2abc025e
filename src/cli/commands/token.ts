import { type Command, Option } from 'commander';
import { createToken, listTokens, revokeToken } from '../../app/auth/manage-tokens.ts';
import { type CommonOptions, withDir, withJson } from '../options.ts';
import { printJson, printLine, printTable } from '../output.ts';

export const tokenCommand = (program: Command): Command => {
  const token = program.command('token').description('access tokens of the HTTP API (evident serve)');
  withJson(withDir(token.command('create')))
    .description('make a token and print it once; only its SHA-256 is kept')
    .addOption(
      new Option('--role <role>', 'admin (may collect and package) or viewer (reads only)')
        .choices(['admin', 'viewer'])
        .makeOptionMandatory(),
    )
    .option('--label <text>', 'what the token is for, e.g. who holds it')
    .action(async (o: CommonOptions & { role: string; label?: string }) => {
      const r = await createToken(o.dir, { role: o.role, ...(o.label ? { label: o.label } : {}) });
      if (o.json) return printJson(r);
      printLine(`Created ${r.role} token ${r.id}. The token, shown only now:`);
      printLine(`  ${r.token}`);
    });
  withJson(withDir(token.command('list')))
    .description('every token with its role, label and dates (never the token itself)')
    .action(async (o: CommonOptions) => {
      const tokens = await listTokens(o.dir);
      if (o.json) return printJson({ tokens });
      if (!tokens.length) return printLine('No tokens.');
      printTable(
        ['id', 'role', 'created', 'revoked', 'label'],
        tokens.map((t) => [t.id, t.role, t.created_at, t.revoked_at ?? '', t.label ?? '']),
      );
    });
  withJson(withDir(token.command('revoke')))
    .description('stop a token working, and end the sessions signed in with it')
    .argument('<id>', 'the token id (see evident token list)')
    .action(async (id: string, o: CommonOptions) => {
      const r = await revokeToken(o.dir, id);
      if (o.json) return printJson(r);
      printLine(`Revoked token ${r.id} (${r.role}) at ${r.revoked_at}.`);
    });
  return token;
};
