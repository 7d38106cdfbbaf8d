// @ts-check
// The real workbench, driven the way a reporter uses it: open the fixture folder and the draft,
// see squiggles under its relative dates and unattributed figures, hover a figure and read the
// note, run "Factdesk: Sourcing report" from the command palette (F1), apply quick fixes with
// Ctrl+. and Enter and watch the status bar count follow. Each step saves a screenshot; a failed
// step is reported and the later ones still run where they can.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** How long one step may wait for the workbench (start-up and the first analysis included). */
const STEP_TIMEOUT_MS = 30_000;
/** How many times the pointer is brought onto the figure, and how long each waits for its hover. */
const HOVER_ATTEMPTS = 3;
const HOVER_WAIT_MS = 10_000;
const DRAFT = 'wire.md';
/** The draft's unattributed figures; the hover and the source quick fix act on the first. */
const UNATTRIBUTED = ['270,000', 'millions'];
const FIGURE = UNATTRIBUTED[0];
const RELATIVE_DATES = ['on Thursday', 'next week'];
/** What the report says of the draft: one figure sourced, two not, one running total undated, two dates resolved. */
const REPORT_SUMMARY = '3 figures, 1 attributed to 1 source, 2 unattributed, 1 undated; 2 relative dates, 2 resolved; 0 inconsistencies';
/** Its figures once the sentence of the unattributed two names its source. */
const REPORT_SOURCED = '3 figures, 3 attributed to 1 source, 0 unattributed, 1 undated;';
/** Factdesk's status bar item: the count of findings in the active draft. */
const STATUS_ITEM = '[id$="factdesk.findings"]';

/**
 * @param {import('playwright-core').Browser} browser
 * @param {{ url: string, workspace: string, screenshots: string }} options
 * @returns {Promise<boolean>} true when every step passed
 */
export async function runUi(browser, { url, workspace, screenshots }) {
  fs.mkdirSync(screenshots, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  /** @type {{ name: string, file: string, passed: boolean }[]} */
  const steps = [];
  let n = 0;
  /** Runs one step, screenshots the page whatever happened, and records a failure. */
  const step = async (name, action) => {
    const file = path.join(screenshots, `${String(++n).padStart(2, '0')}-${name}.png`);
    let passed = true;
    try {
      await action();
      console.log(`  ok    ${name}`);
    } catch (error) {
      passed = false;
      console.log(`  FAIL  ${name}: ${String(error?.message ?? error).split('\n')[0]}`);
    }
    await page.screenshot({ path: file });
    console.log(`        ${path.relative(process.cwd(), file)}`);
    steps.push({ name, file, passed });
  };

  try {
    await step('squiggles', async () => {
      await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}`);
      await shown(page.locator('.monaco-workbench .explorer-folders-view'), 'the workbench with the fixture folder');
      await runQuickOpen(page, 'Control+P', DRAFT, DRAFT);
      await shown(page.locator('.monaco-editor .view-lines', { hasText: 'Rebels take border crossing' }), `${DRAFT} in an editor`);
      // Start-up done (extensions active, Markdown highlighted): the screenshot shows the real look.
      await page.locator('.statusbar-item', { hasText: 'Activating Extensions' }).waitFor({ state: 'hidden' });
      await findingCount(page);
      for (const words of [...RELATIVE_DATES, ...UNATTRIBUTED]) {
        await page.waitForFunction(squiggleUnder, await textBox(page, words)).catch(() => {
          throw new Error(`no squiggle under "${words}"`);
        });
      }
    });

    await step('hover', async () => {
      const hover = page.locator('.monaco-hover:not(.hidden)').first();
      // Monaco opens a hover on the mouse moving onto the word; a move made while the workbench
      // was still laying out was once missed (a CI run, the hover never shown in 30 s). The
      // pointer comes in from outside the editor again, a few times, onto the word where it now is.
      for (let attempt = 1; ; attempt++) {
        const box = await textBox(page, FIGURE);
        await page.mouse.move(0, 0);
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
        const appeared = await hover.waitFor({ timeout: HOVER_WAIT_MS }).then(
          () => true,
          () => false,
        );
        if (appeared) break;
        if (attempt === HOVER_ATTEMPTS) throw new Error('a hover not shown');
      }
      // The note of the hover provider, not only the diagnostic's message.
      await shown(hover.getByText('Source: no source found in its sentence'), 'the figure\'s note in the hover');
      await hover.getByText(/^Loading/).waitFor({ state: 'hidden' });
    });

    await step('sourcing-report', async () => {
      await page.mouse.move(0, 0);
      await page.keyboard.press('Escape');
      await runQuickOpen(page, 'F1', 'Factdesk: Sourcing report', 'Factdesk: Sourcing report');
      const report = reportBody(page);
      await shown(report.getByRole('heading', { name: `Sourcing report: ${DRAFT}` }), 'the sourcing report');
      await shown(report.locator('.summary').getByText(REPORT_SUMMARY, { exact: true }), `the summary "${REPORT_SUMMARY}"`);
    });

    await step('quick-fix-date', async () => {
      const before = await findingCount(page);
      await applyQuickFix(page, 'on Thursday', 'Write as "on Thursday (7 April 2016)"');
      await reads(page, 'on Thursday (7 April 2016), the Syrian Observatory');
      await waitForCount(page, before - 1);
    });

    await step('quick-fix-source', async () => {
      const before = await findingCount(page);
      const title = await applyQuickFix(page, FIGURE, 'Attribute to ');
      await reads(page, `fled their homes, according to ${title.slice('Attribute to '.length)}.`);
      // The source covers the sentence: both of its figures are attributed now.
      await waitForCount(page, before - 2);
      // The report beside the draft follows the edit.
      await shown(reportBody(page).locator('.summary').getByText(REPORT_SOURCED, { exact: false }), `the refreshed summary "${REPORT_SOURCED}…"`);
    });
  } finally {
    await page.close();
    // e2e/refresh-screenshots.mjs reads this to copy only the screenshots of steps that passed.
    fs.writeFileSync(path.join(screenshots, 'steps.json'), JSON.stringify(steps, null, 2));
  }
  return steps.every((s) => s.passed);
}

/**
 * The body of the sourcing report's web view: the workbench's iframe holds the page in
 * `#active-frame`, and briefly a `#pending-frame` too while a refreshed page loads.
 */
function reportBody(page) {
  return page.frameLocator('iframe.webview.ready').frameLocator('#active-frame').locator('body');
}

/** Waits for `locator` to show; the error names what was expected, not a selector. */
async function shown(locator, what) {
  await locator.waitFor().catch(() => {
    throw new Error(`${what} not shown`);
  });
}

/** Waits until the draft in the editor reads `wanted`. */
async function reads(page, wanted) {
  await page.waitForFunction(textHas, wanted).catch(() => {
    throw new Error(`the draft does not read "${wanted}"`);
  });
}

/** Opens quick open or the command palette, types `query` and accepts the row named `row`. */
async function runQuickOpen(page, key, query, row) {
  await page.keyboard.press(key);
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(key === 'F1' ? `>${query}` : query);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: row }).first().waitFor();
  await page.keyboard.press('Enter');
}

/** The on-screen box of the first occurrence of `text` in the editor. */
async function textBox(page, text) {
  const box = await page.evaluate((wanted) => {
    // Monaco splits long runs of text into several spans: search each rendered line as a whole.
    for (const line of document.querySelectorAll('.monaco-editor .view-lines .view-line')) {
      const nodes = [];
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
      const at = nodes.map((n) => n.textContent).join('').replace(/\s/g, ' ').indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      let offset = 0;
      for (const node of nodes) {
        const length = node.textContent.length;
        if (offset <= at && at < offset + length) range.setStart(node, at - offset);
        if (offset < at + wanted.length && at + wanted.length <= offset + length) range.setEnd(node, at + wanted.length - offset);
        offset += length;
      }
      const r = range.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    return null;
  }, text);
  if (!box) throw new Error(`"${text}" is not on screen`);
  return box;
}

/**
 * Runs in the page: is the light bulb showing beside the line that holds `box`? It sits at the
 * first row of a wrapped line, or on the row above when the line's text starts at the cursor.
 */
function lightBulbBeside(box) {
  const y = box.y + box.height / 2;
  // The row where the line starts: the last line number at or above the text.
  const starts = [...document.querySelectorAll('.monaco-editor .line-numbers')]
    .filter((el) => el.textContent.trim() !== '')
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.top <= y);
  if (!starts.length) return false;
  const line = starts.reduce((a, b) => (b.top > a.top ? b : a));
  return [...document.querySelectorAll('.lightBulbWidget')].some((el) => {
    const r = el.getBoundingClientRect();
    return r.height > 0 && Math.abs(r.top - line.top) <= 1.5 * line.height;
  });
}

/** Runs in the page: is there a squiggle under the middle of `box`? */
function squiggleUnder(box) {
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  return [...document.querySelectorAll('.monaco-editor [class*="squiggly-"]')].some((el) => {
    const r = el.getBoundingClientRect();
    return r.left <= x && x <= r.right && r.top <= y && y <= r.bottom;
  });
}

/**
 * Runs in the page: does the editor's text read `wanted`? Rendered lines are joined in screen
 * order, so a line the editor wraps reads whole; spaces render as no-break spaces.
 */
function textHas(wanted) {
  const lines = [...document.querySelectorAll('.monaco-editor .view-lines .view-line')];
  lines.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
  return lines.map((l) => l.textContent).join('').replace(/\s/g, ' ').includes(wanted);
}

/** The number Factdesk's status bar item shows. */
async function findingCount(page) {
  const text = (await page.locator(STATUS_ITEM).innerText()).trim();
  if (!/^\d+$/.test(text)) throw new Error(`the status bar item reads "${text}", not a count`);
  return Number(text);
}

/** Waits until the status bar item shows `count`: it follows the diagnostics of each edit. */
async function waitForCount(page, count) {
  await page.waitForFunction(({ selector, count }) => document.querySelector(selector)?.textContent?.trim() === String(count), { selector: STATUS_ITEM, count }).catch(async () => {
    throw new Error(`the status bar count stayed at ${await findingCount(page)}, expected ${count}`);
  });
}

/**
 * Puts the cursor on `words`, opens the quick fix menu with Ctrl+., moves down to the first
 * entry whose title starts with `title`, and applies it with Enter. Returns the full title.
 */
async function applyQuickFix(page, words, title) {
  const box = await textBox(page, words);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.move(0, 0);
  // Moving the cursor asks for code actions on its own; Ctrl+. while that request is out can
  // show "No code actions available". Wait for its answer: the light bulb beside the line.
  await page.waitForFunction(lightBulbBeside, box).catch(() => {
    throw new Error(`no light bulb beside "${words}"`);
  });
  await page.keyboard.press('Control+.');
  const focused = page.locator('.action-widget .monaco-list-row.focused');
  await shown(focused, `a quick fix menu on "${words}"`);
  const rows = await page.locator('.action-widget .monaco-list-row.action').count();
  for (let i = 0; i < rows; i++) {
    const label = (await focused.innerText()).trim();
    if (label.startsWith(title)) {
      await page.keyboard.press('Enter');
      await page.locator('.action-widget').waitFor({ state: 'hidden' });
      return label;
    }
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Escape');
  throw new Error(`no quick fix "${title}…" on "${words}"`);
}
