// A child process for the durability test: writes a file atomically, slowly, one chunk at a
// time, and says when the first chunk is written so the test can kill it half way.
import { writeFileAtomically } from '../../../../main/files/atomicWrite';

const [target = '', chunkCount = '200'] = process.argv.slice(2);
const chunk = new Uint8Array(256 * 1024).fill(0x61);

void writeFileAtomically(target, async (file) => {
  for (let index = 0; index < Number(chunkCount); index += 1) {
    await file.write(chunk);
    if (index === 0) process.stdout.write('writing\n');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}).then(() => process.stdout.write('done\n'));
