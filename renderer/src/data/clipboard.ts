// Copies text: the async clipboard where the page may use it (Electron, https, localhost), otherwise the old
// selection-and-copy route, which a page served from 127.0.0.1 over http may still take.

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
    document.body.appendChild(area);
    area.select();
    let ok = false;
    try {
      // Deprecated, but the only route left when the clipboard API is refused.
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }
}
