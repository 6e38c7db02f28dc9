/**
 * Puts `text` on the clipboard; resolves false when the browser refuses. The Clipboard API exists
 * only on secure origins (HTTPS or localhost), and a ward's server is often reached over plain
 * HTTP on its network, so the old selection-based copy is the fallback.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}
