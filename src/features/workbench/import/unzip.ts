import { unzipSync } from 'fflate';
import { decodeText } from './read-text';
import { fail, ImportFailure, type InputFile, MAX_BYTES } from './types';

/** Entries no one means to import: macOS resource forks, folders. */
const isJunk = (name: string) =>
  name.endsWith('/') || /(^|\/)__MACOSX\//.test(name) || /(^|\/)\._/.test(name);

/**
 * Zip entry names without the UTF-8 flag come out of fflate as Latin-1; archives made on Chinese Windows
 * store them in GBK. Re-decode such names (UTF-8 if valid, else GBK).
 */
export function fixEntryName(name: string): string {
  if (![...name].every((c) => c.charCodeAt(0) < 256) || /^[\x20-\x7e]*$/.test(name)) return name;
  return decodeText(Uint8Array.from(name, (c) => c.charCodeAt(0)));
}

/** The files in a zip, named `archive.zip/path/in/zip`; each entry is held to MAX_BYTES, like a file. */
export function unzipFiles(zip: InputFile): InputFile[] {
  let total = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip.bytes, {
      filter: (info) => {
        if (isJunk(info.name)) return false;
        const label = `${zip.name}/${fixEntryName(info.name)}`;
        if (info.originalSize > MAX_BYTES) {
          fail(
            'too-large',
            label,
            `${label} is ${info.originalSize} bytes unpacked; the limit is ${MAX_BYTES}.`,
            {
              bytes: info.originalSize,
              max: MAX_BYTES,
            },
          );
        }
        total += info.originalSize;
        if (total > 4 * MAX_BYTES) {
          fail('too-large', zip.name, `${zip.name} unpacks to more than ${4 * MAX_BYTES} bytes.`, {
            bytes: total,
            max: 4 * MAX_BYTES,
          });
        }
        return true;
      },
    });
  } catch (e) {
    if (e instanceof ImportFailure) throw e;
    const message = e instanceof Error ? e.message : String(e);
    return fail('invalid-zip', zip.name, `${zip.name} is not a readable zip archive: ${message}`, {
      reason: message,
    });
  }
  return Object.entries(entries).map(([name, bytes]) => ({
    name: `${zip.name}/${fixEntryName(name)}`,
    bytes,
  }));
}
