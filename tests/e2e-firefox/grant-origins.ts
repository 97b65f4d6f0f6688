import { evaluatePrivileged } from './evaluate-privileged';
import type { FirefoxBrowser } from './launch-firefox';

/** The privileged globals the grant uses. */
interface GrantScope {
  ChromeUtils: { importESModule(url: string): { ExtensionPermissions: ExtensionPermissions } };
  WebExtensionPolicy: { getByID(id: string): { extension: unknown } | null };
}

interface ExtensionPermissions {
  add(id: string, permissions: { permissions: string[]; origins: string[] }, extension: unknown): Promise<void>;
}

/**
 * Grants the installed extension optional host access to `origins`, as the reader does by
 * accepting the prompt of `permissions.request` (which a test cannot click): Firefox's
 * ExtensionPermissions records the grant and tells the extension (`permissions.onAdded`).
 */
export async function grantOrigins(ff: FirefoxBrowser, origins: string[]): Promise<void> {
  await evaluatePrivileged(
    ff.browser,
    async ({ id, origins }) => {
      const scope = globalThis as unknown as GrantScope;
      const { ExtensionPermissions } = scope.ChromeUtils.importESModule(
        'resource://gre/modules/ExtensionPermissions.sys.mjs',
      );
      const policy = scope.WebExtensionPolicy.getByID(id);
      if (!policy) throw new Error(`${id} is not installed`);
      await ExtensionPermissions.add(id, { permissions: [], origins }, policy.extension);
      return true;
    },
    { id: ff.extensionId, origins },
  );
}
