// @ts-check
// The real workbench, driven the way a reporter uses it: open the fixture folder and the draft,
// see squiggles under its unattributed figures, hover one and read the note, apply the quick fix
// with Ctrl+. Enter, run "Factdesk: Sourcing report" from the command palette. Each step saves a
// screenshot; a failed step is reported and the later ones still run where they can.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** How long one step may wait for the workbench (start-up and the first analysis included). */
const STEP_TIMEOUT_MS = 30_000;
const DRAFT = 'wire.md';
/** The draft's unattributed figures; the hover and the quick fix act on the first. */
const UNATTRIBUTED = ['270,000', 'millions'];
const FIGURE = UNATTRIBUTED[0];

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
      await page.locator('.monaco-workbench .explorer-folders-view').waitFor();
      await runQuickOpen(page, 'Control+P', DRAFT, DRAFT);
      await page.locator('.monaco-editor .view-lines', { hasText: 'Rebels take border crossing' }).waitFor();
      for (const figure of UNATTRIBUTED) {
        await page.waitForFunction(squiggleUnder, { box: await textBox(page, figure), present: true });
      }
      // Start-up done (extensions active, Markdown highlighted): the screenshot shows the real look.
      await page.locator('.statusbar-item', { hasText: 'Activating Extensions' }).waitFor({ state: 'hidden' });
    });

    await step('hover', async () => {
      const box = await textBox(page, FIGURE);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const hover = page.locator('.monaco-hover:not(.hidden)').first();
      await hover.waitFor();
      // The note of the hover provider, not only the diagnostic's message.
      await hover.getByText('no source found', { exact: false }).first().waitFor();
      await hover.getByText(/^Loading/).waitFor({ state: 'hidden' });
    });

    await step('quick-fix', async () => {
      const box = await textBox(page, FIGURE);
      await page.mouse.move(0, 0);
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.keyboard.press('Control+.');
      await page.locator('.action-widget').waitFor();
      await page.keyboard.press('Enter');
      // The figure now has a source, so its squiggle goes, and every word of the line stays.
      await page.waitForFunction(attributed, FIGURE);
      const after = await textBox(page, FIGURE);
      await page.waitForFunction(squiggleUnder, { box: after, present: false });
    });

    await step('sourcing-report', async () => {
      await runQuickOpen(page, 'F1', 'Factdesk: Sourcing report', 'Factdesk: Sourcing report');
      const report = page.frameLocator('iframe.webview.ready').frameLocator('iframe').locator('body');
      await report.getByText('figures', { exact: false }).first().waitFor();
    });
  } finally {
    await page.close();
    // e2e/refresh-screenshots.mjs reads this to copy only the screenshots of steps that passed.
    fs.writeFileSync(path.join(screenshots, 'steps.json'), JSON.stringify(steps, null, 2));
  }
  return steps.every((s) => s.passed);
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

/** Runs in the page: is there a squiggle under the middle of `box` (or none, if `present` is false)? */
function squiggleUnder({ box, present }) {
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const found = [...document.querySelectorAll('.monaco-editor [class*="squiggly-"]')].some((el) => {
    const r = el.getBoundingClientRect();
    return r.left <= x && x <= r.right && r.top <= y && y <= r.bottom;
  });
  return found === present;
}

/** Runs in the page: the line of the figure reads differently and still holds the figure. */
function attributed(figure) {
  // The editor renders spaces as no-break spaces.
  const text = [...document.querySelectorAll('.monaco-editor .view-line')].map((l) => l.textContent.replace(/\s/g, ' '));
  const line = text.find((l) => l.includes(figure));
  return Boolean(line && /according to|said|\[\^\d+\]|\[source:/.test(line));
}
