import * as assert from 'node:assert/strict';
import { analyze } from '../analyze';

const dateOf = (text: string, format: 'markdown' | 'plaintext' = 'plaintext', fallback?: string) => {
  const p = analyze(text, format, fallback ? { publicationDate: fallback } : {}).publicationDate;
  return p && [p.source, `${p.date.year}-${p.date.month}-${p.date.day}`, p.span ? text.slice(p.span.start, p.span.end) : null];
};

describe('publication date', () => {
  it('reads front matter date: and ignores updated:', () => {
    assert.deepEqual(dateOf('---\nupdated: 2024-01-02\ndate: 2023-10-09\n---\nText.\n', 'markdown'), ['front-matter', '2023-10-9', 'date: 2023-10-09']);
    assert.equal(dateOf('---\nupdated: 2024-01-02\n---\nText.\n', 'markdown'), null);
  });

  it("reads Hugo's publishDate:, and pubDate: past Jekyll's published: true", () => {
    assert.deepEqual(dateOf('---\npublishDate: 2024-05-10\n---\nText.\n', 'markdown'), ['front-matter', '2024-5-10', 'publishDate: 2024-05-10']);
    assert.deepEqual(dateOf('---\npublished: true\npubDate: 2024-05-10\n---\nText.\n', 'markdown'), ['front-matter', '2024-5-10', 'pubDate: 2024-05-10']);
  });

  it('reads an "Updated" dateline, but not a sentence that opens with the word', () => {
    assert.deepEqual(dateOf('Storm hits\n\nUpdated 3 March 2024\n\nIt hit on Friday.\n'), ['dateline', '2024-3-3', '3 March 2024']);
    assert.deepEqual(dateOf('Storm hits\n\nUpdated: 3 March 2024, 10:02 GMT\n\nIt hit on Friday.\n'), ['dateline', '2024-3-3', '3 March 2024, 10:02 GMT']);
    assert.equal(dateOf('Storm hits\n\nUpdated figures from 3 March 2024 show 40 deaths.\n'), null);
  });

  it('reads a "Last update:" dateline with the date on the next line', () => {
    assert.deepEqual(dateOf('Flood toll rises\n\nLast update: \nMonday 13 May 2024 09:12 UTC\n\nIt rained.\n'), ['dateline', '2024-5-13', 'Monday 13 May 2024 09:12 UTC']);
  });

  it('reads a label alone with its date on the next line above the headline, but a labelled headline as the headline', () => {
    const roles = (text: string) => analyze(text, 'plaintext').blocks.map((b) => b.role);
    assert.deepEqual(roles('Last update:\nFriday 10 May 2024\n\nStorm kills 40\n\nForty died, police said.\n'), ['body', 'body', 'headline', 'body']);
    assert.deepEqual(roles('Updated: Storm kills 40 in Tarvo\n\nForty died, police said.\n'), ['headline', 'body']);
  });

  it('reads a "Last update:" line above the headline, and the headline under it', () => {
    const text = 'Last update: Friday 10 May 2024\n\nStorm leaves 50,000 homes without power\n\nA storm left 50,000 homes without power, the grid said.\n';
    assert.deepEqual(dateOf(text), ['dateline', '2024-5-10', 'Friday 10 May 2024']);
    assert.deepEqual(
      analyze(text, 'plaintext').blocks.map((b) => b.role),
      ['body', 'headline', 'body'],
    );
  });

  it('reads a dateline set in bold or italics in Markdown', () => {
    assert.deepEqual(dateOf('# Storm\n\n**LONDON, 10 May 2024** — A storm hit.\n', 'markdown'), ['dateline', '2024-5-10', '10 May 2024']);
    assert.deepEqual(dateOf('# Storm\n\n*Published: Friday 10 May 2024*\n\nA storm hit.\n', 'markdown'), ['dateline', '2024-5-10', 'Friday 10 May 2024']);
  });

  it('reads "Posted on <date> by <author>" and "Posted by <author> on <date>", but not a date that a sentence goes on from', () => {
    assert.deepEqual(dateOf('Storm hits coast\n\nPosted on 7 April 2016 by Jane Doe\n\nIt rained.\n'), ['dateline', '2016-4-7', '7 April 2016']);
    assert.deepEqual(dateOf('Storm hits coast\n\nPosted on April 7, 2016 by admin\n\nIt rained.\n'), ['dateline', '2016-4-7', 'April 7, 2016']);
    assert.deepEqual(dateOf('Storm hits coast\n\nPosted by Jane Doe on 7 April 2016\n\nIt rained.\n'), ['dateline', '2016-4-7', '7 April 2016']);
    assert.equal(dateOf('Storm hits coast\n\nThe storm of 7 April 2016 by some counts was the worst.\n'), null);
    assert.equal(dateOf('Storm hits coast\n\nPublished on 7 April 2016 by mistake, the list was withdrawn.\n'), null);
  });

  it('reads "Published 14:32 GMT, Friday 8 November 2024"', () => {
    assert.deepEqual(dateOf('Vote count\n\nPublished 14:32 GMT, Friday 8 November 2024\n\nIt rained.\n'), ['dateline', '2024-11-8', '14:32 GMT, Friday 8 November 2024']);
  });

  it('reads "Posted on January 14, 2024 at 9:30 am" and a "Date:" line', () => {
    assert.deepEqual(dateOf('Storm hits coast\n\nPosted on January 14, 2024 at 9:30 am\n\nIt rained.\n'), ['dateline', '2024-1-14', 'January 14, 2024 at 9:30 am']);
    assert.deepEqual(dateOf('Storm hits coast\n\nDate: 14 January 2024\n\nIt rained.\n'), ['dateline', '2024-1-14', '14 January 2024']);
  });

  it('reads a place dateline: "GENEVA, 4 June 2024 —"', () => {
    assert.deepEqual(dateOf('Talks\n\nGENEVA, 4 June 2024 — Talks resumed.\n'), ['dateline', '2024-6-4', '4 June 2024']);
  });

  it('reads a dateline after a place and an agency: "WASHINGTON (AP) — Feb. 3, 2025 —"', () => {
    assert.deepEqual(dateOf('Talks\n\nWASHINGTON (AP) — Feb. 3, 2025 — Talks resumed.\n'), ['dateline', '2025-2-3', 'Feb. 3, 2025']);
  });

  it('reads a dateline whose place has its state or country: "CARDIFF, Wales, Jan. 14, 2024 (AP) —"', () => {
    assert.deepEqual(dateOf('Storm\n\nCARDIFF, Wales, Jan. 14, 2024 (AP) — It rained.\n'), ['dateline', '2024-1-14', 'Jan. 14, 2024']);
    assert.deepEqual(dateOf('Storm\n\nTRENTON, N.J., March 3, 2025 — It rained.\n'), ['dateline', '2025-3-3', 'March 3, 2025']);
  });

  it('reads the date after a byline: "By Jane Smith, 14 January 2024", "By Ana de la Cruz | January 14, 2024"', () => {
    assert.deepEqual(dateOf('Storm\n\nBy Jane Smith, 14 January 2024\n\nIt rained.\n'), ['dateline', '2024-1-14', '14 January 2024']);
    assert.deepEqual(dateOf('Storm\n\nBy Ana de la Cruz | January 14, 2024\n\nIt rained.\n'), ['dateline', '2024-1-14', 'January 14, 2024']);
  });

  it('reads a bare date line: "Feb. 3, 2025 —"', () => {
    assert.deepEqual(dateOf('Talks\n\nFeb. 3, 2025 — Talks resumed.\n'), ['dateline', '2025-2-3', 'Feb. 3, 2025']);
  });

  it('does not take a dateline without a year, and falls back to the setting', () => {
    assert.deepEqual(dateOf('Talks\n\nGENEVA, 4 June — Talks resumed.\n', 'plaintext', '2024-06-04'), ['setting', '2024-6-4', null]);
  });

  it('does not date a story by a paragraph opening "Today," or "Yesterday," (no year is written)', () => {
    assert.equal(dateOf('Clinics reopen\n\nToday, officials said 40 clinics had reopened.\n'), null);
    assert.deepEqual(dateOf('Clinics reopen\n\nYesterday, officials said 40 clinics had reopened.\n', 'plaintext', '2024-06-04'), ['setting', '2024-6-4', null]);
    assert.equal(dateOf('---\ndate: today\n---\nText.\n', 'markdown'), null);
  });
});
