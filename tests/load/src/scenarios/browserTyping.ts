import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeDocumentJson } from '@van-kien/schema';
import type { BrowserContext, Page } from 'playwright-core';
import * as Y from 'yjs';
import { CHROMIUM, launchChromium } from '../browser/launchChromium.js';
import { closeClients, openClients } from '../client/openClients.js';
import { poissonArrivals } from '../measure/pacing.js';
import { seededRandom } from '../measure/random.js';
import { percentile } from '../measure/stats.js';
import { delay } from '../measure/timeout.js';
import type { ServerTarget } from '../servers/ServerTarget.js';
import { reportParagraphs } from '../traces/reportParagraphs.js';
import type { Scenario, ScenarioContext, ScenarioResult } from './Scenario.js';
import { seedDocument } from './seedDocument.js';
import { withServer } from './withServer.js';

const DOCUMENT = 'report';
const EDITOR = '[data-testid="editor"] .ProseMirror';
/** The paragraph the benchmark's user types into; remote typists take the next ones, on screen too. */
const USER_PARAGRAPH = 2;
/** ASCII: Playwright sends a character with no key on the US layout as text input without a keydown. */
const TYPED = 'go phim ';

/**
 * Keystroke to paint in Chromium on our built client: a ~100-page report (the automerge-paper text
 * as paragraphs) while remote clients type a few paragraphs below the caret. In the page, each
 * keydown's timestamp is compared with the first task after the next animation frame, i.e. after
 * the frame that shows the keystroke has been painted.
 */
export const browserTyping: Scenario = {
  id: 'B',
  title: 'browser keystroke-to-paint',
  onlyFor: ['ours'],
  async run(spec, context) {
    const missing = !existsSync(join(context.clientDist, 'index.html'))
      ? `built client missing at ${context.clientDist} (run pnpm build)`
      : !existsSync(CHROMIUM)
        ? `${CHROMIUM} missing`
        : undefined;
    if (missing) {
      const note = `skipped: ${missing}`;
      return { measurements: [{ metric: 'keystroke to paint p50 (ms)', value: undefined, note }], checks: [] };
    }
    return withServer(spec, context, {}, (target) => runBrowser(target, context));
  },
};

async function runBrowser(target: ServerTarget, context: ScenarioContext): Promise<ScenarioResult> {
  const sizes = context.sizes.browser;
  const paragraphs = reportParagraphs(sizes.paragraphs);
  await target.createDocuments([DOCUMENT]);
  const content = new Y.Doc();
  writeDocumentJson(content, {
    type: 'doc',
    content: paragraphs.map((text) => ({ type: 'paragraph', ...(text && { content: [{ type: 'text', text }] }) })),
  });
  await seedDocument(target, DOCUMENT, [Y.encodeStateAsUpdate(content)]);

  const remotes = await openClients(
    target,
    Array.from({ length: sizes.remoteTypists }, () => ({ documentName: DOCUMENT, options: { doc: new Y.Doc(), applyRemote: true } })),
  );
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    if (target.account) await signIn(context, target.url, target.account);
    const page = await context.newPage();
    await page.goto(`${target.url}/d/${target.documentIds.get(DOCUMENT)}`);
    await page.locator(EDITOR).waitFor({ timeout: 60_000 });
    await page.waitForFunction(
      ([selector, count]) => (document.querySelector(selector as string)?.childElementCount ?? 0) >= (count as number),
      [EDITOR, paragraphs.length] as const,
      { timeout: 60_000 },
    );
    await page.locator(`${EDITOR} > p`).nth(USER_PARAGRAPH).click();
    await page.keyboard.press('Home');
    await page.addScriptTag({ content: KEYSTROKE_TIMER });

    const remoteTexts = remotes.map((remote, i) => remoteTypist(remote.doc, USER_PARAGRAPH + 1 + i, `[khách ${i}] `));
    const stopAt = performance.now() + sizes.keystrokes * sizes.keystrokeIntervalMs;
    const remoteTyping = Promise.all(
      remoteTexts.map((typist, i) => poissonArrivals(sizes.ratePerTypist, stopAt, typist.type, seededRandom(100 + i))),
    );
    for (const remote of remotes) {
      remote.doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === 'local') remote.sendUpdate(update);
      });
    }
    const typed = await typeKeystrokes(page, sizes.keystrokes, sizes.keystrokeIntervalMs);
    await remoteTyping;
    const samples = await keystrokeSamples(page, sizes.keystrokes);
    const converged = await pageShows(page, [typed, ...remoteTexts.map((t) => t.typed())]);
    closeClients(remotes);
    const floor = await emptyPageSamples(context, sizes.keystrokes, sizes.keystrokeIntervalMs);
    return {
      measurements: [
        { metric: 'keystroke to paint p50 (ms)', value: percentile(samples, 50) },
        { metric: 'keystroke to paint p95 (ms)', value: percentile(samples, 95) },
        { metric: 'the same on an empty editable page (the browser’s floor) p50 (ms)', value: percentile(floor, 50) },
        { metric: 'the same on an empty editable page (the browser’s floor) p95 (ms)', value: percentile(floor, 95) },
      ],
      checks: [
        {
          label: `${paragraphs.length} paragraphs, ${sizes.remoteTypists} remote typists`,
          delivered: samples.length,
          expected: sizes.keystrokes,
          converged,
          ...(!converged && { detail: 'the page does not show every typist’s text' }),
        },
      ],
    };
  } finally {
    await browser.close();
  }
}

/** Types `count` keystrokes of `TYPED`, one every `intervalMs`; returns the text typed. */
async function typeKeystrokes(page: Page, count: number, intervalMs: number): Promise<string> {
  let typed = '';
  for (let i = 0; i < count; i++) {
    const key = TYPED[i % TYPED.length]!;
    await page.keyboard.type(key);
    typed += key;
    await delay(intervalMs);
  }
  return typed;
}

/** The page's keystroke-to-paint times, once every keystroke's frame has been painted (bounded). */
async function keystrokeSamples(page: Page, count: number): Promise<number[]> {
  await page
    .waitForFunction((expected) => (window as unknown as KeystrokeTimer).vkKeystrokeToPaint.length >= expected, count, { timeout: 10_000 })
    .catch(() => {});
  return page.evaluate(() => (window as unknown as KeystrokeTimer).vkKeystrokeToPaint);
}

/**
 * The same keystrokes into an empty editable element of a blank page in the same browser: what
 * waiting for the next frame and painting it cost with no application at all. On a 60 Hz frame
 * clock that wait alone is up to 16.7 ms.
 */
async function emptyPageSamples(context: BrowserContext, count: number, intervalMs: number): Promise<number[]> {
  const page = await context.newPage();
  await page.setContent('<div contenteditable="true" style="min-height: 2em"></div>');
  await page.locator('[contenteditable]').click();
  await page.addScriptTag({ content: KEYSTROKE_TIMER });
  await typeKeystrokes(page, count, intervalMs);
  const samples = await keystrokeSamples(page, count);
  await page.close();
  return samples;
}

/** A remote user typing at the start of one paragraph. */
function remoteTypist(doc: Y.Doc, paragraph: number, phrase: string) {
  let count = 0;
  return {
    type: () => {
      const element = doc.getXmlFragment('content').get(paragraph) as Y.XmlElement;
      doc.transact(() => {
        let text = element.get(0);
        if (!(text instanceof Y.XmlText)) {
          text = new Y.XmlText();
          element.insert(0, [text]);
        }
        text.insert(count, phrase[count % phrase.length]!);
      }, 'local');
      count++;
    },
    typed: () => Array.from({ length: count }, (_, i) => phrase[i % phrase.length]).join(''),
  };
}

/** Signs the browser context in; the session cookie lands in the context. */
async function signIn(context: BrowserContext, url: string, account: { username: string; password: string }): Promise<void> {
  const response = await context.request.post(`${url}/api/auth/login`, { data: account });
  if (response.status() !== 200) throw new Error(`signing in answered ${response.status()}: ${await response.text()}`);
}

interface KeystrokeTimer {
  vkKeystrokeToPaint: number[];
}

/**
 * Runs in the page: records, per keydown, the time until the first task after the next frame. Kept
 * as source text so no bundler or test transform can rewrite it (helpers it would call do not exist
 * in the page).
 */
const KEYSTROKE_TIMER = `
  window.vkKeystrokeToPaint = [];
  document.addEventListener('keydown', (event) => {
    const start = event.timeStamp;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => window.vkKeystrokeToPaint.push(performance.now() - start);
      channel.port2.postMessage(null);
    });
  }, true);
`;

/** Whether the editor shows every given text, waiting (bounded) for the last remote changes. */
async function pageShows(page: Page, texts: string[]): Promise<boolean> {
  try {
    await page.waitForFunction(
      ([selector, expected]) => {
        const shown = document.querySelector(selector as string)?.textContent ?? '';
        return (expected as string[]).every((t) => shown.includes(t));
      },
      [EDITOR, texts] as const,
      { timeout: 30_000 },
    );
    return true;
  } catch {
    return false;
  }
}
