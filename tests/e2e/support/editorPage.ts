import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';

/** A user's view of one document in the browser, through the selectors the client promises. */
export class EditorPage {
  private constructor(readonly page: Page) {}

  /** Opens the document in a new page of `context`, which must be signed in (see `accounts.ts`). */
  static async open(context: BrowserContext, baseUrl: string, documentId: string): Promise<EditorPage> {
    const page = await context.newPage();
    await page.addInitScript(installTextReader);
    await page.goto(`${baseUrl}/d/${documentId}`);
    const editor = new EditorPage(page);
    await editor.content.waitFor();
    return editor;
  }

  /** Takes over a page that reached a document by following links inside the app. */
  static async attach(page: Page): Promise<EditorPage> {
    await page.addInitScript(installTextReader);
    await page.evaluate(installTextReader);
    const editor = new EditorPage(page);
    await editor.content.waitFor();
    return editor;
  }

  get content() {
    return this.page.locator('[data-testid="editor"] .ProseMirror');
  }

  get status() {
    return this.page.locator('[data-testid="sync-status"]');
  }

  /** Types at the end of the document, as a person would. */
  async typeAtEnd(text: string): Promise<void> {
    await this.content.click();
    await this.page.keyboard.press('Control+End');
    await this.page.keyboard.type(text);
  }

  async waitForText(text: string): Promise<void> {
    await this.page.waitForFunction((expected) => (window as unknown as TextReader).vkDocumentText().includes(expected), text);
  }

  async waitForSaved(): Promise<void> {
    await this.page.waitForFunction(() => {
      const status = document.querySelector('[data-testid="sync-status"]');
      return status?.getAttribute('data-connection') === 'connected' && status.getAttribute('data-saved') === 'saved';
    });
    expect(await this.status.textContent()).toContain('Đã lưu');
  }

  async waitForConnection(state: string): Promise<void> {
    await this.page.waitForFunction(
      (expected) => document.querySelector('[data-testid="sync-status"]')?.getAttribute('data-connection') === expected,
      state,
    );
  }

  /** Starts recording, in the page, whether the connection indicator ever leaves "connected". */
  async watchForDisconnect(): Promise<void> {
    await this.page.evaluate(() => {
      const status = document.querySelector('[data-testid="sync-status"]')!;
      const w = window as unknown as { vkSawDisconnect: boolean };
      w.vkSawDisconnect = false;
      new MutationObserver(() => {
        if (status.getAttribute('data-connection') !== 'connected') w.vkSawDisconnect = true;
      }).observe(status, { attributes: true });
    });
  }

  /** Resolves once the page has lost its connection (since `watchForDisconnect`) and is saved again. */
  async waitForReconnectedAndSaved(): Promise<void> {
    await this.page.waitForFunction(() => (window as unknown as { vkSawDisconnect: boolean }).vkSawDisconnect);
    await this.waitForSaved();
  }

  /** The document's text as the user wrote it: remote carets and their name labels left out. */
  async text(): Promise<string> {
    return this.page.evaluate(() => (window as unknown as TextReader).vkDocumentText());
  }
}

interface TextReader {
  vkDocumentText(): string;
}

/** Runs in the page: the document's text without remote carets and their name labels. */
function installTextReader(): void {
  (window as unknown as TextReader).vkDocumentText = () => {
    const content = document.querySelector('[data-testid="editor"] .ProseMirror');
    if (!content) return '';
    const copy = content.cloneNode(true) as Element;
    for (const caret of copy.querySelectorAll('.collaboration-carets__caret')) caret.remove();
    return copy.textContent ?? '';
  };
}
