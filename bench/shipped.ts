import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Packages the .vsix as a release does (`npm run package`: vscode:prepublish builds the production
 * bundles into dist/), runs `measure` on what was shipped, then rebuilds the development bundles
 * the rest of the bench, and the developer, expect in dist/.
 */
export async function withShippedBuild<T>(root: string, measure: (vsix: string) => Promise<T>): Promise<T> {
  const npm = (...args: string[]) => execFileSync('npm', ['run', '--silent', ...args], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  npm('package');
  try {
    return await measure(join(root, 'factdesk.vsix'));
  } finally {
    npm('build');
  }
}
