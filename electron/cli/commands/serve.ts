import type { Command } from 'commander';
import { spawn } from 'node:child_process';
import { startBrowserHost } from '../../main/host/browser-host';
import { rendererDir } from '../../main/resources-dir';
import { seedSampleIfNew } from '../../main/sample/seed-sample';
import { createHandlers } from '../../main/services/handlers';
import type { CliContext } from '../main';
import { printLine } from '../output';

export function registerServeCommand(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description('run the UI in a browser: serves it on 127.0.0.1 with a random token (no Electron needed)')
    .option('--port <n>', 'port (default: any free port)', '0')
    .option('--open', 'open the page in the default browser')
    .option('--no-sample', 'do not create the sample case in a new workspace')
    .option('--no-sample-data', 'create the sample case without importing the sample datasets')
    .action(async (opts: { port: string; open?: boolean; sample: boolean; sampleData: boolean }) => {
      const ws = await ctx.openWorkspace({ quietCreate: true });
      if (opts.sample) await seedSampleIfNew(ws, { data: opts.sampleData });
      const host = await startBrowserHost({ workspace: ws, handlers: createHandlers(ws), rendererDir: rendererDir(), port: Number(opts.port) });
      printLine(`CaseChain UI: ${host.url}`);
      printLine(`工作区 workspace: ${ws.dir}`);
      if (opts.open) openInBrowser(host.url);
      const stop = (): void => {
        void host.close().then(() => {
          ws.close();
          process.exit(0);
        });
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}

function openInBrowser(url: string): void {
  const command = process.platform === 'win32' ? 'cmd' : process.platform === 'darwin' ? 'open' : 'xdg-open';
  const args = process.platform === 'win32' ? ['/c', 'start', '', url] : [url];
  spawn(command, args, { stdio: 'ignore', detached: true }).on('error', () => printLine('请在浏览器中打开上面的地址 (open the URL above in a browser)')).unref();
}
