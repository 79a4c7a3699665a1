/**
 * Copying and saving text without leaving the page: the Clipboard API where the page may use it, the
 * older selection copy otherwise; downloads are made from a Blob in the browser, never fetched.
 */

/** Copies `text`; resolves true when it worked. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the selection copy
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  return copied;
}

/** Saves `text` as a file called `name` (UTF-8, with a byte-order mark for .txt so old Windows Notepad reads Chinese). */
export function downloadText(name: string, text: string, type = 'text/plain'): void {
  const bom = type === 'text/plain' ? '\uFEFF' : '';
  const url = URL.createObjectURL(new Blob([bom, text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
