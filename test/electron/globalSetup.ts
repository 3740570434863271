import { execSync } from 'node:child_process';
import { findElectronBinary, missingBinaryReason, repositoryRoot } from './electronBinary';

/** Builds the app before the Electron test, or says once why the test is skipped. */
export default function globalSetup(): void {
  if (!findElectronBinary()) {
    console.log(`Electron test skipped: ${missingBinaryReason}`);
    return;
  }
  execSync('npm run build', { cwd: repositoryRoot, stdio: 'inherit' });
}
