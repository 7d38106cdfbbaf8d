/**
 * Markdown that the parser cannot read in reasonable time or stack, told by one linear scan.
 *
 * micromark recurses once per level of nesting (ten thousand `>` on a line overflow the stack)
 * and takes time quadratic in the number of list items that hold nested blocks (8,000 such items,
 * 40 KB, take about 40 s). No story nests 32 deep or has a thousand list items, so such a draft is
 * read as plain text instead: every word is still read, none is lost, nothing hangs.
 */
export const MAX_NESTING = 32;
export const MAX_LIST_ITEMS = 1000;

/** True when a line nests deeper than MAX_NESTING or the draft has more than MAX_LIST_ITEMS items. */
export function exceedsMarkdownLimits(text: string): boolean {
  let items = 0;
  for (let lineStart = 0; lineStart < text.length; ) {
    const prefix = containerPrefix(text, lineStart);
    if (prefix >> 1 > MAX_NESTING) return true;
    if (prefix & 1 && ++items > MAX_LIST_ITEMS) return true;
    const nl = text.indexOf('\n', lineStart);
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  return false;
}

/**
 * Counts the block quote and list markers that open a line: `> - 1. > text` has four. Returns
 * twice the depth, plus one when a list item opens on the line: a number, not a record, as a
 * long draft's every line is scanned on every keystroke.
 */
function containerPrefix(text: string, start: number): number {
  let i = start;
  let depth = 0;
  let listItem = 0;
  for (;;) {
    while (text[i] === ' ' || text[i] === '\t') i++;
    const c = text[i];
    if (c === '>') {
      i++;
    } else if ((c === '-' || c === '*' || c === '+') && isSpace(text[i + 1])) {
      i += 2;
      listItem = 1;
    } else if (c !== undefined && c >= '0' && c <= '9') {
      let j = i;
      while (j - i < 9 && text[j]! >= '0' && text[j]! <= '9') j++;
      if (!((text[j] === '.' || text[j] === ')') && isSpace(text[j + 1]))) return 2 * depth + listItem;
      i = j + 2;
      listItem = 1;
    } else {
      return 2 * depth + listItem;
    }
    depth++;
  }
}

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t';
}
