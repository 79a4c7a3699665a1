/**
 * The `debtguide` command (CONTRACT §6): argument parsing and JSON output only; every answer comes from
 * the shared engines. One JSON document on stdout and exit 0; bad input: one line on stderr and exit 2.
 */
import { usageMessage } from './usage-error.ts';

type Command = (args: string[]) => Promise<number>;

/** Each command is loaded only when called, so `page` never pays for the search index. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  page: async () => (await import('./command-page.ts')).runPage,
  message: async () => (await import('./command-message.ts')).runMessage,
  search: async () => (await import('./command-search.ts')).runSearch,
  apr: async () => (await import('./command-apr.ts')).runApr,
  check: async () => (await import('./command-check.ts')).runCheck,
};

const USAGE = 'usage: debtguide page|message|search|apr|check … (see CONTRACT §6 or README)';

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const load = name ? COMMANDS[name] : undefined;
  if (!load) {
    process.stderr.write(`debtguide: ${name ? `unknown command '${name}'` : 'no command given'}; ${USAGE}\n`);
    return 2;
  }
  const command = await load();
  try {
    return await command(args);
  } catch (error) {
    process.stderr.write(`debtguide ${name}: ${usageMessage(error)}\n`);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
