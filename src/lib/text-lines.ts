/**
 * Lines of a text that are not blank (only spaces, tabs or a CR), by one linear scan: the bound an import
 * checks before it parses a delimited file (a quoted field spanning lines counts each of its lines).
 */
export function countNonBlankLines(text: string): number {
  let lines = 0;
  let blank = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      if (!blank) lines++;
      blank = true;
    } else if (c !== 0x0d && c !== 0x20 && c !== 0x09) blank = false;
  }
  return blank ? lines : lines + 1;
}
