/**
 * The `debtguide` command (CONTRACT §6): argument parsing and JSON output only; every answer comes from
 * the shared engines. One JSON document on stdout and exit 0; bad input: one line on stderr and exit 2.
 */
import { runApr } from './command-apr.ts';
import { runCheck } from './command-check.ts';
import { runMessage } from './command-message.ts';
import { runPage } from './command-page.ts';
import { runSearch } from './command-search.ts';
import { usageMessage } from './usage-error.ts';

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  page: runPage,
  message: runMessage,
  search: runSearch,
  apr: runApr,
  check: runCheck,
};

const USAGE = 'usage: debtguide page|message|search|apr|check … (see CONTRACT §6 or README)';

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    process.stderr.write(`debtguide: ${name ? `unknown command '${name}'` : 'no command given'}; ${USAGE}\n`);
    return 2;
  }
  try {
    return await command(args);
  } catch (error) {
    process.stderr.write(`debtguide ${name}: ${usageMessage(error)}\n`);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
